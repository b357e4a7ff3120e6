//! What `ovhcart order` sends to save round trips (docs/performance.md), and that the
//! shortcuts never leave two project items in a cart.

mod common;

use common::cli::{Env, code, json, run, stderr};
use common::count;
use ovhcart::api::flow;
use ovhcart::api::models::{Item, ProductCreation};
use ovhcart::sandbox::SandboxOptions;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn under_yes_the_quote_comes_once_before_the_checkout_and_the_cart_is_made_unsigned() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--subsidiary", "FR", "--name", "Quick", "--voucher", "WELCOME50"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    // The report's quote is whole: lines, the voucher's reduction, contracts.
    assert!(doc["quote"]["lines"][0]["reductions"][0]["description"].as_str().unwrap().contains("WELCOME50"), "{doc}");
    assert!(!doc["quote"]["contracts"].as_array().unwrap().is_empty(), "{doc}");
    // The quote is read once, before the checkout, even under --yes: the contracts
    // --accept-contracts accepts are recorded before the order exists.
    assert_eq!(count(&sandbox, "GET", "/order/cart/*/checkout"), 1, "one quote, for the contracts");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 1);
    let (quote, checkout) = (
        sandbox.requests().iter().position(|r| r.method == "GET" && r.path.ends_with("/checkout")),
        sandbox.requests().iter().position(|r| r.method == "POST" && r.path.ends_with("/checkout")),
    );
    assert!(quote < checkout, "{quote:?} {checkout:?}");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/cloud"), 1, "the expected plan was right: one item");
    let creation = sandbox.requests().into_iter().find(|r| r.method == "POST" && r.path == "/order/cart").unwrap();
    assert!(!creation.signed, "POST /order/cart is a noAuthentication route");
}

/// Under --yes without a voucher or an option, the quote (for its contracts) is read beside
/// the name; when that early read fails, it is read again after the name, and the order goes on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_early_quote_that_fails_is_read_again() {
    let sandbox = common::start(SandboxOptions::default()).await;
    sandbox.inject_fault("GET", "/order/cart/*/checkout", ovhcart::sandbox::Fault::Unavailable, 1);
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--retry-budget", "0", "--subsidiary", "FR", "--name", "Early"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(!json(&output)["quote"]["contracts"].as_array().unwrap().is_empty());
    assert_eq!(count(&sandbox, "GET", "/order/cart/*/checkout"), 2, "the failed early read, then one after the name");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_and_asking_still_fetch_the_quote_first() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.args(["--subsidiary", "FR", "order", "--name", "Dry", "--dry-run", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(count(&sandbox, "GET", "/order/cart/*/checkout"), 1);
}

fn creation(duration: &str) -> ProductCreation {
    ProductCreation { duration: duration.into(), ..flow::expected_project("project.2018") }
}

async fn items(client: &ovhcart::api::Client, cart_id: &str) -> Vec<Item> {
    flow::list_items(client, cart_id).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_guess_is_replaced_and_a_refused_one_followed_by_the_right_plan() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let client = common::demo(&sandbox);
    let cart = flow::create_cart_unsigned(&client, "FR", "ovhcart test").await.unwrap();
    flow::assign_cart(&client, &cart.cart_id).await.unwrap();

    // Refused guess (the sandbox sells P1M only): the wanted plan is added instead.
    let guess = creation("P1Y");
    let added = flow::add_project_to_new_cart(&client, &cart.cart_id, &guess).await;
    assert!(added.is_err());
    let wanted = flow::expected_project("project.2018");
    let item = flow::confirm_project_item(&client, &cart.cart_id, &guess, added, &wanted).await.unwrap();
    assert_eq!(items(&client, &cart.cart_id).await.iter().map(|i| i.item_id).collect::<Vec<_>>(), vec![item.item_id]);

    // Accepted guess that the offers contradict: deleted before the other is tried, so
    // even when that one is refused the cart never holds two projects.
    let cart = flow::create_cart_unsigned(&client, "FR", "ovhcart test").await.unwrap();
    flow::assign_cart(&client, &cart.cart_id).await.unwrap();
    let added = flow::add_project_to_new_cart(&client, &cart.cart_id, &wanted).await;
    assert!(added.is_ok());
    let refused = creation("P1Y");
    let result = flow::confirm_project_item(&client, &cart.cart_id, &wanted, added, &refused).await;
    assert!(result.is_err());
    assert!(items(&client, &cart.cart_id).await.is_empty());
}
