//! `api::flow` against the real sandbox over loopback: the whole seed flow, and the
//! failures that must neither lose nor duplicate anything.

mod common;

use std::time::Duration;

use common::{fast_delivery, ready_cart};
use ovhcart::api::ErrorKind;
use ovhcart::api::flow::{self, CheckoutOptions, ExpectedOrder};
use ovhcart::api::models::{OrderStatus, ProductCreation, is_project_id};
use ovhcart::sandbox::{Fault, Outcome, RecordedRequest, Sandbox, SandboxOptions, accounts};

fn count(requests: &[RecordedRequest], method: &str, pattern: &str) -> usize {
    requests.iter().filter(|r| r.method == method && ovhcart::api::models::wildcard_match(pattern, &r.path)).count()
}

fn project(plan_code: &str) -> ProductCreation {
    ProductCreation { duration: "P1M".into(), plan_code: plan_code.into(), pricing_mode: "default".into(), quantity: 1 }
}

#[tokio::test]
async fn the_whole_seed_flow_delivers_a_project() {
    let sandbox = Sandbox::start(fast_delivery()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, item_id) = ready_cart(&client, "Projet é").await;
    let voucher =
        flow::set_configuration(&client, &cart_id, item_id, ovhcart::api::products::ConfigLabel::Voucher, "WELCOME50")
            .await
            .unwrap();
    assert_eq!((voucher.label.as_str(), voucher.value.as_str()), ("voucher", "WELCOME50"));
    let required = flow::required_configuration(&client, &cart_id, item_id).await.unwrap();
    assert!(required.iter().any(|r| r.label == "description"), "offered, not required (as the real API)");

    let quote = flow::quote(&client, &cart_id).await.unwrap();
    assert_eq!(quote.order_id, None);
    assert!(!quote.contracts.is_empty());

    let guard = flow::checkout_guard(&client).await.unwrap();
    let expected = ExpectedOrder { plan_code: "project.2018".into(), description: "Projet é".into() };
    let options = CheckoutOptions { auto_pay: false, waive_retraction: true };
    let placed = flow::checkout(&client, &cart_id, options, &guard, &expected).await.unwrap();
    assert!(!placed.reconciled);
    assert!(placed.prices.with_tax.is_zero());
    flow::pay_free_order(&client, placed.order_id).await.unwrap();

    let mut seen = Vec::new();
    let project_id = tokio::time::timeout(
        Duration::from_secs(20),
        flow::follow_order(&client, placed.order_id, Duration::from_millis(100), |p| seen.push(p.status)),
    )
    .await
    .expect("delivered in time")
    .unwrap();
    let flow::Followed::Delivered(project_id) = project_id else { panic!("{project_id:?}") };
    assert!(is_project_id(&project_id), "{project_id}");
    assert_eq!(seen.last(), Some(&OrderStatus::Delivered));
    assert!(flow::get_cart(&client, &cart_id).await.unwrap().read_only);

    let requests = sandbox.requests();
    let checkout = requests.iter().find(|r| r.method == "POST" && r.path.ends_with("/checkout")).unwrap();
    assert_eq!(checkout.body_text(), r#"{"autoPayWithPreferredPaymentMethod":false,"waiveRetractationPeriod":true}"#);
    let description = requests.iter().find(|r| r.method == "POST" && r.path.ends_with("/configuration")).unwrap();
    assert_eq!(description.body_text(), "{\"label\":\"description\",\"value\":\"Projet é\"}");
}

#[tokio::test]
async fn a_lost_answer_to_the_item_post_does_not_add_a_second_item() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart, _) = flow::prepare_cart(&client, "FR", "ovhcart test").await.unwrap();
    sandbox.inject_fault("POST", "/order/cart/*/cloud", Fault::LostAfterProcessing, 1);

    let item = flow::add_project_to_new_cart(&client, &cart.cart_id, &project("project.2018")).await.unwrap();

    let items = flow::list_items(&client, &cart.cart_id).await.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].item_id, item.item_id);
    let posts = count(&sandbox.requests(), "POST", "/order/cart/*/cloud");
    assert_eq!(posts, 1, "the item POST was not re-sent: the cart was read back instead");
}

#[tokio::test]
async fn a_lost_answer_to_a_configuration_post_is_settled_by_reading_back() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, item_id) = ready_cart(&client, "first").await;
    sandbox.inject_fault("POST", "/order/cart/*/item/*/configuration", Fault::LostAfterProcessing, 1);

    flow::set_configuration(&client, &cart_id, item_id, ovhcart::api::products::ConfigLabel::Description, "second")
        .await
        .unwrap();

    let configs =
        flow::configurations(&client, &cart_id, item_id, Some(ovhcart::api::products::ConfigLabel::Description))
            .await
            .unwrap();
    assert_eq!(configs.iter().map(|c| c.value.as_str()).collect::<Vec<_>>(), ["second"]);
}

#[tokio::test]
async fn a_lost_checkout_answer_is_reconciled_into_the_one_order() {
    let options = SandboxOptions { lose_checkout_answers: 1, ..fast_delivery() };
    let sandbox = Sandbox::start(options).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, _) = ready_cart(&client, "Lost answer").await;
    let guard = flow::checkout_guard(&client).await.unwrap();
    let expected = ExpectedOrder { plan_code: "project.2018".into(), description: "Lost answer".into() };
    let options = CheckoutOptions { auto_pay: false, waive_retraction: true };

    let placed = flow::checkout(&client, &cart_id, options, &guard, &expected).await.unwrap();

    assert!(placed.reconciled);
    let requests = sandbox.requests();
    assert_eq!(count(&requests, "POST", "/order/cart/*/checkout"), 1, "never re-sent");
    let orders: Vec<i64> = client.get("/me/order").await.unwrap();
    assert_eq!(orders, vec![placed.order_id]);
}

#[tokio::test]
async fn a_checkout_reset_before_processing_is_sent_again_once_the_cart_shows_nothing_was_ordered() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, _) = ready_cart(&client, "Reset").await;
    let guard = flow::checkout_guard(&client).await.unwrap();
    sandbox.inject_fault("POST", "/order/cart/*/checkout", Fault::ResetBeforeProcessing, 1);
    let expected = ExpectedOrder { plan_code: "project.2018".into(), description: "Reset".into() };
    let options = CheckoutOptions { auto_pay: false, waive_retraction: true };

    let placed = flow::checkout(&client, &cart_id, options, &guard, &expected).await.unwrap();

    assert!(!placed.reconciled);
    let requests = sandbox.requests();
    let checkouts: Vec<_> =
        requests.iter().filter(|r| r.method == "POST" && r.path.ends_with("/checkout")).map(|r| r.outcome).collect();
    assert_eq!(checkouts, [Outcome::ResetBeforeProcessing, Outcome::Answered(200)]);
    let cart_read = requests.iter().position(|r| r.method == "GET" && r.path == format!("/order/cart/{cart_id}"));
    let second = requests.iter().rposition(|r| r.method == "POST" && r.path.ends_with("/checkout"));
    assert!(cart_read < second, "the cart was read before the checkout was sent again");
    let orders: Vec<i64> = client.get("/me/order").await.unwrap();
    assert_eq!(orders.len(), 1);
}

#[tokio::test]
async fn a_503_on_a_get_is_retried() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart, _) = flow::prepare_cart(&client, "FR", "ovhcart test").await.unwrap();
    sandbox.inject_fault("GET", "/order/cart/*/cloud", Fault::Unavailable, 2);

    let offers = flow::list_offers(&client, &cart.cart_id).await.unwrap();

    assert!(offers.iter().any(|o| o.plan_code == "project.2018"));
    let gets: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.ends_with("/cloud"))
        .map(|r| r.status())
        .collect();
    // The first GET is prepare_cart's own listing; then two 503s and the retry that worked.
    assert_eq!(gets, [Some(200), Some(503), Some(503), Some(200)]);
}

#[tokio::test]
async fn a_503_on_a_post_is_not_re_sent_blindly() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    sandbox.inject_fault("POST", "/order/cart", Fault::Unavailable, 1);

    let error = client
        .post::<_, serde_json::Value>("/order/cart", &serde_json::json!({"ovhSubsidiary": "FR"}))
        .await
        .unwrap_err();

    assert_eq!(error.kind, ErrorKind::ServerUnavailable);
    assert_eq!(error.outcome, ovhcart::api::error::Outcome::Unknown);
    assert_eq!(count(&sandbox.requests(), "POST", "/order/cart"), 1);
}

#[tokio::test]
async fn a_rejected_signature_after_the_clock_jumped_recovers_through_auth_time() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    flow::me(&client).await.unwrap();
    sandbox.set_clock_skew(7200);

    let me = flow::me(&client).await.unwrap();

    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);
    let requests = sandbox.requests();
    assert_eq!(count(&requests, "GET", "/auth/time"), 2, "the time delta was fetched again once");
    let statuses: Vec<_> = requests.iter().filter(|r| r.path == "/me").map(|r| r.status()).collect();
    assert_eq!(statuses, [Some(200), Some(400), Some(200)]);
}

#[tokio::test]
async fn a_skewed_sandbox_clock_is_handled_from_the_start() {
    let sandbox = Sandbox::start(SandboxOptions { clock_skew_secs: 7200, ..SandboxOptions::default() }).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, _) = ready_cart(&client, "Skewed").await;
    assert!(!flow::get_cart(&client, &cart_id).await.unwrap().read_only);
    assert_eq!(count(&sandbox.requests(), "GET", "/auth/time"), 1);
}
