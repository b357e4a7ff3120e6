//! `ovhcart order` asked again for the same project after an earlier run died: it settles
//! what that run left in the journal instead of ordering twice.

mod common;

use common::cli;
use ovhcart::api::models::{CheckoutRequest, Order};
use ovhcart::sandbox::{Sandbox, SandboxOptions};
use ovhcart::store::journal::{FlowEntry, Journal};

/// What an earlier run of `ovhcart order` left: a cart for `project` about to be checked
/// out, the journal entry it wrote (not yet recorded, to be changed first if need be), the
/// client it used, and the directories this run shares with it.
struct DeadRun {
    sandbox: Sandbox,
    client: ovhcart::api::Client,
    env: cli::Env,
    journal: Journal,
    entry: FlowEntry,
}

async fn dead_run(options: SandboxOptions, project: &str) -> DeadRun {
    let sandbox = Sandbox::start(options).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let env = cli::Env::new();
    let journal = Journal::new(&env.data());
    let entry = common::flow_about_to_check_out(&client, &sandbox.base_url(), project).await;
    DeadRun { sandbox, client, env, journal, entry }
}

fn order(env: &cli::Env, sandbox: &Sandbox, name: &str) -> assert_cmd::Command {
    env.order(sandbox, &["--subsidiary", "FR", "--name", name])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_order_a_dead_run_placed_is_reported_not_placed_again() {
    let options = SandboxOptions { lose_checkout_answers: 1, ..SandboxOptions::default() };
    let DeadRun { sandbox, client, env, journal, entry } = dead_run(options, "Build farm").await;
    journal.record(&entry).unwrap();
    // The earlier run sent the checkout; its answer was lost and the run died.
    let path = format!("/order/cart/{}/checkout", entry.cart_id.as_deref().unwrap());
    let body =
        CheckoutRequest { auto_pay_with_preferred_payment_method: Some(false), waive_retractation_period: Some(true) };
    assert!(client.post::<_, Order>(&path, &body).await.is_err());

    let out = cli::run(order(&env, &sandbox, "Build farm")).await;

    assert_eq!(cli::code(&out), 0, "{}", cli::stderr(&out));
    let json = cli::json(&out);
    let orders: Vec<i64> = client.get("/me/order").await.unwrap();
    assert_eq!(orders.len(), 1);
    assert_eq!(json["orderId"].as_i64(), Some(orders[0]));
    assert_eq!(json["reconciled"], true);
    assert_eq!(json["cartId"].as_str(), entry.cart_id.as_deref());
    assert!(json["receipt"].as_str().is_some(), "the receipt the dead run could not write");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart/*/checkout"), 1, "never sent again");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart"), 1, "no new cart");
    assert!(cli::stderr(&out).contains("earlier run"), "{}", cli::stderr(&out));
    assert!(journal.unfinished(&sandbox.base_url()).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cart_a_dead_run_left_is_completed_and_ordered_once() {
    // The earlier run died before sending the checkout.
    let DeadRun { sandbox, client, env, journal, entry } = dead_run(SandboxOptions::default(), "Build farm").await;
    journal.record(&entry).unwrap();
    sandbox.clear_requests();

    let out = cli::run(order(&env, &sandbox, "Build farm")).await;

    assert_eq!(cli::code(&out), 0, "{}", cli::stderr(&out));
    let json = cli::json(&out);
    assert_eq!(json["cartId"].as_str(), entry.cart_id.as_deref(), "the earlier cart was used");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart"), 0, "no new cart");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart/*/cloud"), 0, "the item was there already");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart/*/item/*/configuration"), 0, "the name was there already");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart/*/checkout"), 1);
    let orders: Vec<i64> = client.get("/me/order").await.unwrap();
    assert_eq!(orders, vec![json["orderId"].as_i64().unwrap()]);
    assert!(journal.unfinished(&sandbox.base_url()).is_empty(), "the flow is closed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_projects_cart_is_left_alone() {
    let DeadRun { sandbox, env, journal, mut entry, .. } = dead_run(SandboxOptions::default(), "Other project").await;
    entry.checkout = None;
    journal.record(&entry).unwrap();

    let out = cli::run(order(&env, &sandbox, "Build farm")).await;

    assert_eq!(cli::code(&out), 0, "{}", cli::stderr(&out));
    assert_ne!(cli::json(&out)["cartId"].as_str(), entry.cart_id.as_deref(), "a new cart");
    let kept = journal.unfinished(&sandbox.base_url());
    assert_eq!(kept.len(), 1, "the other project's flow is kept for later");
    assert_eq!(kept[0].id, entry.id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_order_whose_fate_is_unknown_stops_this_one() {
    let DeadRun { sandbox, env, journal, entry, .. } = dead_run(SandboxOptions::default(), "Build farm").await;
    journal.record(&entry).unwrap();
    sandbox.clear_requests();
    // The API cannot say what became of the cart for now: not within the (shortened) retry
    // budget of each read.
    sandbox.inject_fault("GET", "/order/cart/*", ovhcart::sandbox::Fault::Unavailable, 1_000);

    let mut cmd = order(&env, &sandbox, "Build farm");
    cmd.args(["--retry-budget", "1"]);
    let out = cli::run(cmd).await;

    assert_eq!(cli::code(&out), 1, "{}", cli::stderr(&out));
    assert_eq!(cli::json(&out)["error"]["kind"], "outcomeUnknown");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart/*/checkout"), 0, "nothing sent");
    assert_eq!(common::count(&sandbox, "POST", "/order/cart"), 0, "nothing new made");
}
