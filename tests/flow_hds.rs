//! The HDS certification option through `api::flow` against the sandbox: listed with its
//! price, added once (a lost answer settled by reading the cart's items), removed by
//! deleting its item, in the quote and the receipt; the sandbox refuses an option whose
//! `itemId` is not a project item of that cart.

mod common;

use common::ready_cart;

use ovhcart::api::flow::{self, CheckoutOptions, ExpectedOrder};
use ovhcart::api::models::{Item, OptionCreation, Order};
use ovhcart::api::products::OptionKind;
use ovhcart::api::{Client, ErrorKind};
use ovhcart::engine::place;
use ovhcart::engine::tracker::Tracker;
use ovhcart::sandbox::{Fault, RecordedRequest, Sandbox, SandboxOptions};
use ovhcart::store::journal::Journal;

fn count(requests: &[RecordedRequest], method: &str, pattern: &str) -> usize {
    requests.iter().filter(|r| r.method == method && ovhcart::api::models::wildcard_match(pattern, &r.path)).count()
}

async fn hds(client: &Client, cart_id: &str) -> flow::OptionChoice {
    let listed = flow::list_options(client, cart_id, "project.2018").await.unwrap();
    let offer = flow::option_offer(&listed, OptionKind::Hds).expect("sold with the project");
    let renew = offer.offer.prices.iter().find(|p| p.has_capacity("renew")).unwrap();
    assert_eq!(renew.price.text, "15.00 €", "a realistic monthly price");
    flow::pick_option(&listed, OptionKind::Hds).unwrap()
}

async fn options_of(client: &Client, cart_id: &str, item_id: i64) -> Vec<Item> {
    let items = flow::list_items(client, cart_id).await.unwrap();
    items.into_iter().filter(|i| i.parent_item_id == Some(item_id)).collect()
}

#[tokio::test]
async fn the_option_is_added_once_shows_in_the_quote_and_is_removed() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, item_id) = ready_cart(&client, "Santé").await;
    let option = hds(&client, &cart_id).await;
    assert_eq!(
        (option.plan_code.as_str(), option.duration.as_str(), option.pricing_mode.as_str()),
        ("certification.hds.2018", "P1M", "default")
    );

    let added = flow::add_option(&client, &cart_id, item_id, &option).await.unwrap();
    assert_eq!(added.parent_item_id, Some(item_id));
    let again = flow::add_option(&client, &cart_id, item_id, &option).await.unwrap();
    assert_eq!(again.item_id, added.item_id, "already there: not added twice");
    assert_eq!(count(&sandbox.requests(), "POST", "/order/cart/*/cloud/options"), 1);
    let body =
        sandbox.requests().into_iter().find(|r| r.method == "POST" && r.path.ends_with("/cloud/options")).unwrap();
    let sent: OptionCreation = serde_json::from_str(&body.body_text()).unwrap();
    assert_eq!((sent.item_id, sent.quantity), (item_id, 1));
    assert_eq!(flow::options_of(&flow::list_items(&client, &cart_id).await.unwrap(), item_id), [OptionKind::Hds]);

    let quote: Order = flow::quote(&client, &cart_id).await.unwrap();
    assert!(quote.details.iter().any(|d| d.description.contains("HDS")), "{:?}", quote.details);
    assert!(!quote.prices.with_tax.is_zero(), "the option is priced");

    flow::remove_option(&client, &cart_id, item_id, OptionKind::Hds).await.unwrap();
    assert!(options_of(&client, &cart_id, item_id).await.is_empty());
    flow::remove_option(&client, &cart_id, item_id, OptionKind::Hds).await.unwrap();
    let quote: Order = flow::quote(&client, &cart_id).await.unwrap();
    assert!(quote.prices.with_tax.is_zero(), "the project alone costs nothing");
}

#[tokio::test]
async fn a_lost_answer_is_settled_by_reading_the_items_before_anything_is_sent_again() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, item_id) = ready_cart(&client, "Lost").await;
    let option = hds(&client, &cart_id).await;
    sandbox.inject_fault("POST", "/order/cart/*/cloud/options", Fault::LostAfterProcessing, 1);

    let added = flow::add_option(&client, &cart_id, item_id, &option).await.unwrap();

    assert_eq!(options_of(&client, &cart_id, item_id).await.len(), 1, "not duplicated");
    assert_eq!(added.parent_item_id, Some(item_id));
    assert_eq!(count(&sandbox.requests(), "POST", "/order/cart/*/cloud/options"), 1, "never re-sent");
}

#[tokio::test]
async fn an_option_must_hang_on_a_project_item_of_that_cart() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let (cart_id, item_id) = ready_cart(&client, "One").await;
    let (other_cart, other_item) = ready_cart(&client, "Two").await;
    let option = hds(&client, &cart_id).await;
    let added = flow::add_option(&client, &cart_id, item_id, &option).await.unwrap();
    let path = format!("/order/cart/{cart_id}/cloud/options");

    // An option item is no project item.
    let on_option = client.post::<_, Item>(&path, &option.creation(added.item_id)).await.unwrap_err();
    assert_eq!((on_option.status, on_option.kind), (Some(400), ErrorKind::BadRequest), "{on_option}");
    assert!(on_option.message.contains("not a project item"), "{}", on_option.message);
    // Another cart's project item is not this cart's.
    let elsewhere = client.post::<_, Item>(&path, &option.creation(other_item)).await.unwrap_err();
    assert!(matches!(elsewhere.status, Some(400 | 404)), "{elsewhere}");
    assert_eq!(options_of(&client, &cart_id, item_id).await.len(), 1);
    assert!(options_of(&client, &other_cart, other_item).await.is_empty());
}

#[tokio::test]
async fn the_receipt_keeps_the_plan_and_the_option() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let data = tempfile::tempdir().unwrap();
    let (cart_id, item_id) = ready_cart(&client, "Receipt").await;
    let option = hds(&client, &cart_id).await;
    flow::add_option(&client, &cart_id, item_id, &option).await.unwrap();

    let tracker = Tracker::new(Some(Journal::new(data.path())), "sandbox", "order");
    let mut draft = common::receipt_draft(&cart_id, "Receipt");
    draft.options = vec![option.plan_code.clone()];
    let options = CheckoutOptions { auto_pay: false, waive_retraction: true };
    let expected = ExpectedOrder { plan_code: "project.2018".into(), description: "Receipt".into() };
    let placement = place::place_order(&client, &tracker, Some(data.path()), &cart_id, options, &expected, None, draft)
        .await
        .unwrap();

    assert!(!placement.order.paid, "a priced order is the person's to pay");
    let path = placement.receipt.unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(receipt["plan_code"], "project.2018");
    assert_eq!(receipt["options"], serde_json::json!(["certification.hds.2018"]));
    assert_eq!(receipt["waiver"]["via"], "checkbox");
    assert_eq!(receipt["front_end"], "wizard");
}
