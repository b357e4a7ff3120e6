//! Killed at any instant, the next run finishes the same order exactly once.
//!
//! `ovhcart order` is killed with SIGKILL at every API request of its flow, once before the
//! sandbox processes that request and once after it processed it but before the answer
//! left; the same command is then run again. The wizard's order path (core and real
//! executor) is crashed the same way at its checkout and its payment, and the next start's
//! recovery runs. Every time, the account ends with exactly one order for the project, paid
//! (its total is zero), with one project item holding one description; no open cart holds a
//! project item; the receipt is written and the journal is empty.

mod common;

use std::process::{ExitStatus, Stdio};
use std::time::{Duration, Instant};

use common::cli;
use ovhcart::api::flow::{self, PROJECT_PLAN_CODES};
use ovhcart::api::models::{ItemDetail, OrderStatus};
use ovhcart::api::{Client, Endpoint};
use ovhcart::engine::recover::{Recovered, recover};
use ovhcart::sandbox::{CrashPoint, Sandbox, SandboxOptions};
use ovhcart::store::journal::Journal;

const NAME: &str = "Crash test";
const POINTS: [CrashPoint; 2] = [CrashPoint::BeforeProcessing, CrashPoint::AfterProcessing];

async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxOptions { delivery: Duration::from_millis(100), ..SandboxOptions::default() }).await.unwrap()
}

fn order_command(env: &cli::Env, sandbox: &Sandbox) -> std::process::Command {
    let mut cmd = env.std_against(sandbox);
    cmd.args([
        "order",
        "--subsidiary",
        "FR",
        "--name",
        NAME,
        "--waive-retraction",
        "--accept-contracts",
        "--yes",
        "--json",
    ]);
    cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd
}

/// Runs the command to its end (off the runtime that serves the sandbox), the sandbox
/// killing it if a crash is staged.
/// The exit status, stdout and stderr.
async fn run(sandbox: &Sandbox, mut cmd: std::process::Command) -> (ExitStatus, String, String) {
    let child = cmd.spawn().expect("ovhcart starts");
    sandbox.set_crash_victim(child.id());
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    (output.status, text(&output.stdout), text(&output.stderr))
}

fn killed(status: ExitStatus) -> bool {
    use std::os::unix::process::ExitStatusExt;
    status.signal() == Some(9)
}

/// The API requests of one whole run (pages under `/sandbox/` are not API requests).
fn api_requests(sandbox: &Sandbox) -> usize {
    sandbox.requests().iter().filter(|r| !r.path.starts_with("/sandbox/")).count()
}

/// Exactly one order for `name`, paid, one project with one description; no open cart
/// with a project item; the receipt written; the journal empty.
async fn assert_settled(sandbox: &Sandbox, data_dir: &std::path::Path, name: &str, context: &str) {
    let client = common::demo_retrying(sandbox);
    let orders: Vec<i64> = client.get("/me/order").await.unwrap();
    let mut ours = Vec::new();
    for id in &orders {
        for detail in flow::order_details(&client, *id).await.unwrap() {
            let path = format!("/me/order/{id}/details/{}/extension", detail.order_detail_id);
            let ext: ItemDetail = client.get(&path).await.unwrap();
            if ext.order.plan.code.as_deref().is_some_and(|c| PROJECT_PLAN_CODES.contains(&c)) {
                let named: Vec<_> = ext.order.configurations.iter().filter(|c| c.label == "description").collect();
                assert_eq!(named.len(), 1, "{context}: one description in order {id}: {named:?}");
                if named[0].value == name {
                    ours.push(*id);
                }
            }
        }
    }
    assert_eq!(ours.len(), 1, "{context}: exactly one project item for {name} in all orders {orders:?}");
    let order_id = ours[0];
    let status = flow::order_status(&client, order_id).await.unwrap();
    assert_ne!(status, OrderStatus::NotPaid, "{context}: the free order {order_id} is paid");
    assert_no_open_project_cart(&client, context).await;
    let receipt = data_dir.join("receipts").join(format!("order-{order_id}.json"));
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(&receipt).unwrap_or_else(|e| {
        panic!("{context}: no receipt for order {order_id}: {e}");
    }))
    .unwrap();
    assert_eq!(receipt["projectName"].as_str().or(receipt["project_name"].as_str()), Some(name), "{context}");
    assert_eq!(receipt["waiver"]["given"], true, "{context}");
    // Every consent, from the draft journaled with the checkout: the contracts accepted,
    // each one named, and when.
    let contracts = &receipt["contracts"];
    assert_eq!(contracts["given"], true, "{context}: {receipt}");
    assert!(!contracts["documents"].as_array().unwrap().is_empty(), "{context}: {receipt}");
    assert!(contracts["documents"][0]["url"].as_str().unwrap().starts_with("http"), "{context}: {receipt}");
    assert!(!contracts["given_at"].as_str().unwrap().is_empty(), "{context}: {receipt}");
    let journal = Journal::new(data_dir);
    let left = journal.unfinished(&Endpoint::parse(&sandbox.base_url()).unwrap().config_section());
    assert!(left.is_empty(), "{context}: the journal still holds {left:?}");
}

async fn assert_no_open_project_cart(client: &Client, context: &str) {
    for cart_id in flow::list_carts(client, None).await.unwrap() {
        let cart = flow::get_cart(client, &cart_id).await.unwrap();
        if cart.read_only {
            continue;
        }
        let items = flow::list_items(client, &cart_id).await.unwrap();
        let projects: Vec<_> = items
            .iter()
            .filter(|i| i.settings.plan_code.as_deref().is_some_and(|c| PROJECT_PLAN_CODES.contains(&c)))
            .collect();
        assert!(projects.is_empty(), "{context}: open cart {cart_id} still holds a project item: {projects:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_order_command_killed_at_any_request_is_finished_once_by_the_next_run() {
    // How many API requests one whole run makes.
    let baseline = sandbox().await;
    let env = cli::Env::new();
    let (status, _, stderr) = run(&baseline, order_command(&env, &baseline)).await;
    assert!(status.success(), "{stderr}");
    let requests = api_requests(&baseline);
    assert_settled(&baseline, &env.data(), NAME, "no crash").await;
    baseline.shutdown().await;
    assert!(requests >= 8, "a whole order makes at least 8 API requests, saw {requests}");

    let mut crashes = 0;
    for at in 1..=requests as u64 {
        for point in POINTS {
            let context = format!("killed at request {at} ({point:?})");
            let sandbox = sandbox().await;
            let env = cli::Env::new();
            sandbox.crash_at(at, point, None);
            let started = Instant::now();
            let (status, _, first) = run(&sandbox, order_command(&env, &sandbox)).await;
            sandbox.revive();
            if killed(status) {
                crashes += 1;
                let (again, report, second) = run(&sandbox, order_command(&env, &sandbox)).await;
                assert!(again.success(), "{context}: the next run ends well\nfirst:{first}\nsecond:{second}");
                let report: serde_json::Value = serde_json::from_str(&report).unwrap();
                assert!(report["orderId"].is_i64(), "{context}: {report}");
            } else {
                // The run's requests came in another order and it ended before request `at`.
                assert!(status.success(), "{context}: not killed, so it completes\n{first}");
            }
            assert_settled(&sandbox, &env.data(), NAME, &context).await;
            assert!(started.elapsed() < Duration::from_secs(60), "{context}: took {:?}", started.elapsed());
            sandbox.shutdown().await;
        }
    }
    eprintln!("{crashes} of {} staged crashes killed a run ({requests} API requests a run)", 2 * requests);
    assert!(crashes >= requests, "most staged crashes hit a live run: {crashes} of {}", 2 * requests);
}

/// The wizard's order path crashed at `method path` (at `point`): its tasks die with their
/// runtime, as with the process; then the next start's recovery runs.
async fn crash_the_wizard(method: &str, path: &str, point: CrashPoint) {
    let context = format!("wizard killed at {method} {path} ({point:?})");
    let sandbox = sandbox().await;
    let data = tempfile::tempdir().unwrap();
    sandbox.crash_on(method, path, point);
    // The first run lives on a runtime of its own, dropped at the crash like a killed process.
    let first = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    let mut wizard = common::driven::Wizard::new(&sandbox, data.path());
    let ordering = first.spawn(async move { wizard.order("").await });
    tokio::time::timeout(Duration::from_secs(60), sandbox.crashed()).await.expect("the staged crash happens");
    first.shutdown_background();
    assert!(ordering.await.is_err(), "{context}: the first run died with its runtime");
    sandbox.revive();

    // The next start: what `ovhcart` (wizard or --plain) does before its first screen.
    let client = common::demo_retrying(&sandbox);
    let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
    let recovered = recover(&client, &Journal::new(data.path()), &endpoint.config_section()).await;
    if let [Recovered::OpenCart(entry)] = recovered.as_slice() {
        // Nothing was ordered: the person resumes the dead run's cart from the browser.
        assert_eq!(point, CrashPoint::BeforeProcessing, "{context}: {entry:?}");
        let mut wizard = common::driven::Wizard::new(&sandbox, data.path());
        wizard.order("").await.unwrap_or_else(|e| panic!("{context}: the second run: {e}"));
    } else {
        assert!(matches!(recovered.as_slice(), [Recovered::Ordered { .. }]), "{context}: {recovered:?}");
    }
    assert_settled(&sandbox, data.path(), "Project 2026-11-21", &context).await;
    sandbox.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_wizard_killed_at_its_checkout_or_payment_is_finished_once_by_the_next_start() {
    for point in POINTS {
        crash_the_wizard("POST", "/order/cart/*/checkout", point).await;
        crash_the_wizard("POST", "/me/order/*/payWithRegisteredPaymentMean", point).await;
    }
}
