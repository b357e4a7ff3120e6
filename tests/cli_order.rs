//! `ovhcart order` end to end: the binary against a sandbox, either its own (`--sandbox`)
//! or one started here, whose requests show what was (not) sent.

mod common;

use common::cli::{Env, code, json, run, stderr, stdout};
use common::{count, fast_delivery};
use ovhcart::sandbox::{Fault, SandboxOptions};

const CHECKOUT: &str = "/order/cart/*/checkout";

#[test]
fn orders_follows_and_prints_one_json_document() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["--sandbox", "--delivery-ms", "300", "order", "--name", "Build farm", "--voucher", "WELCOME50"])
        .args(["--waive-retraction", "--accept-contracts", "--yes", "--follow", "--json"])
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    let cart_id = doc["cartId"].as_str().unwrap();
    assert!(!cart_id.is_empty());
    let order_id = doc["orderId"].as_i64().unwrap();
    assert!(order_id > 0);
    assert!(doc["url"].as_str().unwrap().contains(&format!("/sandbox/pay/{order_id}")));
    assert_eq!(doc["prices"]["withTax"]["value"], 0.0);
    assert_eq!(doc["subsidiary"], "FR");
    assert_eq!(doc["planCode"], "project.2018");
    assert_eq!(doc["voucher"], "WELCOME50");
    assert_eq!(doc["dryRun"], false);
    let reductions = &doc["quote"]["lines"][0]["reductions"];
    assert!(reductions[0]["description"].as_str().unwrap().contains("WELCOME50"), "{doc}");
    assert!(!doc["quote"]["contracts"].as_array().unwrap().is_empty());
    let project = doc["projectId"].as_str().unwrap();
    assert!(ovhcart::api::models::is_project_id(project), "{project}");

    let receipt_path = doc["receipt"].as_str().unwrap();
    assert!(receipt_path.starts_with(env.data().to_str().unwrap()));
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(receipt_path).unwrap()).unwrap();
    assert_eq!(receipt["order_id"], order_id);
    assert_eq!(receipt["cart_id"], cart_id);
    assert_eq!(receipt["waiver"]["via"], "flag");
    assert_eq!(receipt["front_end"], "order", "placed by the command");
    assert_eq!(receipt["waiver"]["given"], true);
    assert_eq!(receipt["waiver"]["language"], "en");
    assert!(receipt["waiver"]["text"].as_str().unwrap().contains("--waive-retraction"));
    // The contracts accepted with --accept-contracts: each one as the quote listed it, when,
    // in which language, and how.
    let contracts = &receipt["contracts"];
    assert_eq!(contracts["given"], true);
    assert_eq!(contracts["via"], "flag");
    assert_eq!(contracts["language"], "en");
    assert!(contracts["text"].as_str().unwrap().contains("--accept-contracts"));
    let at = contracts["given_at"].as_str().unwrap();
    assert!(chrono::DateTime::parse_from_rfc3339(at).is_ok(), "{at}");
    assert_eq!(receipt["waiver"]["given_at"], at, "given together, with the order's confirmation");
    let listed: Vec<_> =
        doc["quote"]["contracts"].as_array().unwrap().iter().map(|c| (c["name"].clone(), c["url"].clone())).collect();
    let recorded: Vec<_> =
        contracts["documents"].as_array().unwrap().iter().map(|c| (c["name"].clone(), c["url"].clone())).collect();
    assert_eq!(recorded, listed);
    assert!(receipt.get("italian_clauses").is_none(), "FR: no clauses to approve");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_accept_contracts_nothing_is_ordered_and_the_contracts_are_listed() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "--name", "x", "--waive-retraction", "--yes", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["error"]["kind"], "contractsNotAccepted", "{doc}");
    let message = doc["error"]["message"].as_str().unwrap();
    let contracts = doc["contracts"].as_array().expect("the contracts, listed");
    assert!(!contracts.is_empty(), "{doc}");
    for contract in contracts {
        let (name, url) = (contract["name"].as_str().unwrap(), contract["url"].as_str().unwrap());
        assert!(message.contains(&format!("{name} ({url})")), "{message}");
    }
    assert!(doc["error"]["hint"].as_str().unwrap().contains("--accept-contracts"), "{doc}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1, "the cart made for it is deleted");
    assert!(doc["cartId"].is_null(), "no cart left: {doc}");

    // In text, on stderr.
    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "--name", "x", "--waive-retraction", "--yes"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 3);
    let err = stderr(&output);
    assert!(err.contains("only with --accept-contracts") && err.contains("https://"), "{err}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn italy_needs_approve_clauses_and_the_receipt_records_every_consent() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--subsidiary", "IT", "--name", "x"])).await;
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["error"]["kind"], "clausesNotApproved", "{doc}");
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(message.contains("artt. 1341 e 1342") && message.contains("Italian Civil Code"), "{message}");
    assert!(doc["error"]["hint"].as_str().unwrap().contains("--approve-clauses"));
    assert!(sandbox.requests().is_empty(), "known from --subsidiary: refused before any request");

    let output =
        run(env.order(&sandbox, &["--subsidiary", "IT", "--name", "x", "--approve-clauses", "--lang", "fr"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    let receipt: serde_json::Value =
        serde_json::from_slice(&std::fs::read(doc["receipt"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(receipt["subsidiary"], "IT");
    for consent in ["contracts", "italian_clauses", "waiver"] {
        assert_eq!(receipt[consent]["given"], true, "{consent}: {receipt}");
        assert_eq!(receipt[consent]["via"], "flag", "{consent}");
        assert_eq!(receipt[consent]["language"], "fr", "{consent}");
    }
    let clauses = receipt["italian_clauses"]["text"].as_str().unwrap();
    assert!(clauses.starts_with("Ai sensi degli artt. 1341 e 1342"), "the Italian text first: {clauses}");
    assert!(clauses.contains("Traduction"), "then the French: {clauses}");
}

/// `--approve-clauses` for an account whose subsidiary is not IT (known only once `/me` is
/// read): the order goes on, and the person is told the flag did nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approving_clauses_outside_italy_is_said_to_do_nothing() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--name", "x", "--approve-clauses"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--approve-clauses was not used: orders for the FR subsidiary"),
        "{}",
        stderr(&output)
    );
    let doc = json(&output);
    let receipt: serde_json::Value =
        serde_json::from_slice(&std::fs::read(doc["receipt"].as_str().unwrap()).unwrap()).unwrap();
    assert!(receipt["italian_clauses"].is_null(), "nothing approved is recorded: {receipt}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_needs_no_consent() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.args(["--subsidiary", "IT", "order", "--name", "Try", "--dry-run", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["dryRun"], true);
    assert!(!doc["quote"]["contracts"].as_array().unwrap().is_empty(), "the contracts are shown: {doc}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
}

#[test]
fn human_output_shows_the_quote_on_stderr_and_the_order_on_stdout() {
    let env = Env::new();
    let output = env
        .cmd()
        .args([
            "--sandbox",
            "--plan-price-cents",
            "1250",
            "order",
            "--name",
            "Paid",
            "--waive-retraction",
            "--accept-contracts",
            "--yes",
        ])
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let (out, err) = (stdout(&output), stderr(&output));
    assert!(err.contains("Quote:") && err.contains("Total with tax") && err.contains("Contracts:"), "{err}");
    assert!(out.contains("Order ") && out.contains(" placed."), "{out}");
    assert!(out.contains("Order page: http://127.0.0.1:"), "{out}");
    assert!(out.contains("Receipt saved to"), "{out}");
    assert!(!out.contains("Quote:"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sends_one_checkout_with_the_waiver_and_pays_a_free_order() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--subsidiary", "gb", "--name", "  Exact body  "])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["subsidiary"], "GB");
    assert_eq!(doc["projectName"], "Exact body");
    let checkouts: Vec<_> =
        sandbox.requests().into_iter().filter(|r| r.method == "POST" && r.path.ends_with("/checkout")).collect();
    assert_eq!(checkouts.len(), 1);
    assert_eq!(
        checkouts[0].body_text(),
        r#"{"autoPayWithPreferredPaymentMethod":false,"waiveRetractationPeriod":true}"#
    );
    let description = sandbox
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path.ends_with("/configuration"))
        .expect("a configuration");
    assert_eq!(description.body_text(), r#"{"label":"description","value":"Exact body"}"#);
    assert_eq!(count(&sandbox, "POST", "/me/order/*/payWithRegisteredPaymentMean"), 1);
    assert_eq!(count(&sandbox, "GET", "/me"), 0, "--subsidiary spares the account lookup");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auto_pay_is_sent_and_nothing_else_pays() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--name", "Auto", "--auto-pay"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(json(&output)["autoPay"], true);
    let checkout =
        sandbox.requests().into_iter().find(|r| r.method == "POST" && r.path.ends_with("/checkout")).unwrap();
    assert_eq!(checkout.body_text(), r#"{"autoPayWithPreferredPaymentMethod":true,"waiveRetractationPeriod":true}"#);
    assert_eq!(count(&sandbox, "POST", "/me/order/*/payWithRegisteredPaymentMean"), 0);
    assert_eq!(count(&sandbox, "GET", "/me"), 1, "the subsidiary comes from the account");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_happen_before_any_request() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let long = "n".repeat(256);
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["order", "--name", "x", "--yes"], 3, "--waive-retraction"),
        (
            vec!["--subsidiary", "IT", "order", "--name", "x", "--waive-retraction", "--accept-contracts", "--yes"],
            3,
            "--approve-clauses",
        ),
        (vec!["order", "--name", "x", "--waive-retraction", "--accept-contracts"], 3, "--yes"),
        (
            vec!["order", "--name", "", "--waive-retraction", "--accept-contracts", "--yes"],
            2,
            "--name: The name cannot be empty.",
        ),
        (vec!["order", "--name", "   ", "--waive-retraction", "--accept-contracts", "--yes"], 2, "cannot be empty"),
        (
            vec!["order", "--name", &long, "--waive-retraction", "--accept-contracts", "--yes"],
            2,
            "256 characters; at most 255",
        ),
        (vec!["order", "--name", "a\tb", "--waive-retraction", "--accept-contracts", "--yes"], 2, "control characters"),
        (
            vec!["order", "--name", "x", "--voucher", "A B", "--waive-retraction", "--accept-contracts", "--yes"],
            2,
            "--voucher:",
        ),
        (
            vec!["--subsidiary", "XX", "order", "--name", "x", "--waive-retraction", "--accept-contracts", "--yes"],
            2,
            "FR",
        ),
        (
            vec!["--lang", "klingon", "order", "--name", "x", "--waive-retraction", "--accept-contracts", "--yes"],
            2,
            "unknown language",
        ),
        (vec!["order", "--waive-retraction", "--accept-contracts", "--yes"], 2, "--name"),
        (vec!["order", "--name", "x", "--keep-cart"], 2, "--dry-run"),
        (
            vec!["--subsidiary", "FR", "order", "--name", "x", "--accept-contracts", "--approve-clauses", "--yes"],
            2,
            "--approve-clauses applies to the IT subsidiary only",
        ),
    ];
    for (args, expected, needle) in cases {
        let mut cmd = env.against(&sandbox);
        cmd.args(&args);
        let output = run(cmd).await;
        assert_eq!(code(&output), expected, "{args:?}: {}", stderr(&output));
        assert!(stderr(&output).contains(needle), "{args:?}: {}", stderr(&output));
        assert!(stdout(&output).is_empty(), "{args:?}");
        let line_count = stderr(&output).lines().filter(|l| l.starts_with("ovhcart:")).count();
        assert!(line_count <= 1, "{args:?}");
    }
    assert!(sandbox.requests().is_empty(), "{:?}", sandbox.requests());
}

#[test]
fn the_waiver_refusal_explains_the_waiver_and_json_says_refused() {
    let env = Env::new();
    let output = env.cmd().args(["--sandbox", "order", "--name", "x", "--yes", "--json"]).output().unwrap();
    assert_eq!(code(&output), 3);
    let doc = json(&output);
    assert_eq!(doc["error"]["kind"], "refused");
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(message.contains("right of withdrawal") && message.contains("14 days"), "{message}");
    assert!(doc["error"]["hint"].as_str().unwrap().contains("--dry-run"));
    assert!(doc["cartId"].is_null() && doc["orderId"].is_null());
}

#[test]
fn unknown_subsidiary_lists_the_valid_ones_for_the_endpoint() {
    let env = Env::new();
    let output = env
        .cmd()
        .args([
            "--endpoint",
            "ovh-ca",
            "--subsidiary",
            "FR",
            "order",
            "--name",
            "x",
            "--waive-retraction",
            "--accept-contracts",
            "--yes",
        ])
        .env("OVH_APPLICATION_KEY", "ak")
        .env("OVH_APPLICATION_SECRET", "as")
        .env("OVH_CONSUMER_KEY", "ck")
        .output()
        .unwrap();
    assert_eq!(code(&output), 2);
    let err = stderr(&output);
    assert!(err.contains("\"FR\"") && err.contains("ASIA, AU, CA, IN, QC, SG, WE, WS"), "{err}");
}

#[test]
fn endpoints_bad_and_unreachable() {
    let env = Env::new();
    let keys = [("OVH_APPLICATION_KEY", "ak"), ("OVH_APPLICATION_SECRET", "as"), ("OVH_CONSUMER_KEY", "ck")];
    let output = env
        .cmd()
        .args(["--endpoint", "ovh-mars", "order", "--name", "x", "--waive-retraction", "--accept-contracts", "--yes"])
        .envs(keys)
        .output()
        .unwrap();
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(stderr(&output).contains("unknown endpoint"));

    let output = env
        .cmd()
        .args([
            "--endpoint",
            "http://127.0.0.1:1/1.0",
            "order",
            "--name",
            "x",
            "--waive-retraction",
            "--accept-contracts",
            "--yes",
        ])
        // Nothing listens there: a second of retries is enough to say so.
        .args(["--subsidiary", "FR", "--json", "--retry-budget", "1"])
        .envs(keys)
        .output()
        .unwrap();
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["error"]["kind"], "network");
    assert!(doc["error"]["hint"].as_str().unwrap().contains("network"));
    assert_eq!(stderr(&output).lines().filter(|l| l.starts_with("ovhcart:")).count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_secret_fails_with_the_server_message_and_orders_nothing() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.env("OVH_APPLICATION_SECRET", "not-the-secret").args([
        "order",
        "--name",
        "x",
        "--waive-retraction",
        "--accept-contracts",
        "--yes",
    ]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 1);
    let err = stderr(&output);
    assert!(
        err.contains("Invalid signature") && err.contains("X-Ovh-QueryID") && err.contains("ovhcart doctor"),
        "{err}"
    );
    assert!(!err.contains("not-the-secret") && !err.contains(ovhcart::sandbox::accounts::CONSUMER_KEY));
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    assert_eq!(count(&sandbox, "POST", "/order/cart"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_voucher_deletes_the_cart_and_orders_nothing() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--name", "x", "--voucher", "EXPIRED2020"])).await;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let doc = json(&output);
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(message.contains("refused the voucher EXPIRED2020") && message.contains("has expired"), "{message}");
    assert!(doc["error"]["queryId"].is_string());
    assert!(doc["cartId"].is_null());
    assert_eq!(count(&sandbox, "POST", "/order/cart"), 1);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1);
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    let client = common::demo(&sandbox);
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert!(carts.is_empty(), "{carts:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_quotes_then_deletes_or_keeps_the_cart() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let client = common::demo(&sandbox);

    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "--name", "Try", "--dry-run", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!((doc["dryRun"].as_bool(), doc["cartDeleted"].as_bool()), (Some(true), Some(true)));
    assert!(doc["orderId"].is_null() && doc["quote"]["withTax"]["text"].is_string());
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert!(carts.is_empty());
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    assert_eq!(count(&sandbox, "GET", CHECKOUT), 1);

    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "--name", "Keep", "--dry-run", "--keep-cart"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert_eq!(carts.len(), 1);
    assert!(stdout(&output).contains(&carts[0]), "{}", stdout(&output));
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failure_after_the_cart_keeps_it_and_says_which_unless_dry_run() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let client = common::demo(&sandbox);
    // The description is a step every run takes (under --yes there is no separate quote).
    sandbox.inject_fault("POST", "/order/cart/*/item/*/configuration", Fault::Unavailable, 20);
    let output = run(env.order(&sandbox, &["--name", "x"])).await;
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let doc = json(&output);
    let cart_id = doc["cartId"].as_str().unwrap().to_owned();
    assert_eq!(doc["error"]["kind"], "serverUnavailable");
    assert!(stderr(&output).contains(&format!("ovhcart cart delete {cart_id}")));
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert_eq!(carts, vec![cart_id]);
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);

    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "--name", "y", "--dry-run"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    assert!(stderr(&output).contains("deleted"), "{}", stderr(&output));
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert_eq!(carts.len(), 1, "only the first run's cart is left");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_checkout_answer_is_reconciled_into_exactly_one_order() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    sandbox.inject_fault("POST", CHECKOUT, Fault::LostAfterProcessing, 1);
    let output = run(env.order(&sandbox, &["--name", "Lost"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["reconciled"], true);
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 1);
    let orders: Vec<i64> = common::demo(&sandbox).get("/me/order").await.unwrap();
    assert_eq!(orders, vec![doc["orderId"].as_i64().unwrap()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unsettled_checkout_is_not_resent_and_says_how_to_check() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    sandbox.inject_fault("POST", CHECKOUT, Fault::LostAfterProcessing, 1);
    // The cart says an order was made, but finding that order fails.
    sandbox.inject_fault("GET", "/me/order/*/details", Fault::Unavailable, 50);
    // Reads give up after a second of retries, well before the faults run out.
    let output = run(env.order(&sandbox, &["--name", "Unsure", "--retry-budget", "1"])).await;
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["error"]["kind"], "outcomeUnknown");
    assert!(doc["cartId"].is_string());
    let hint = doc["error"]["hint"].as_str().unwrap();
    assert!(hint.contains("ovhcart order status") && hint.contains("ovhcart carts"), "{hint}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 1);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 0);
}
