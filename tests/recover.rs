//! Unfinished flows left in the journal by a run that died are settled on the next start:
//! a checkout whose answer never came becomes the one order it created, or is proven never
//! placed; it is never sent again.

mod common;

use ovhcart::api::models::{CheckoutRequest, Order};
use ovhcart::engine::recover::{Recovered, recover};
use ovhcart::sandbox::{Fault, Sandbox, SandboxOptions};
use ovhcart::store::journal::{FlowEntry, Journal};

fn checkout_body() -> CheckoutRequest {
    CheckoutRequest { auto_pay_with_preferred_payment_method: Some(false), waive_retractation_period: Some(true) }
}

fn checkouts(sandbox: &Sandbox) -> usize {
    sandbox.requests().iter().filter(|r| r.method == "POST" && r.path.ends_with("/checkout")).count()
}

#[tokio::test]
async fn a_checkout_lost_by_a_dead_run_is_found_not_resent() {
    let sandbox =
        Sandbox::start(SandboxOptions { lose_checkout_answers: 1, ..SandboxOptions::default() }).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let data = tempfile::tempdir().unwrap();
    let journal = Journal::new(data.path());
    let endpoint = sandbox.base_url();
    let entry = common::flow_about_to_check_out(&client, &endpoint, "Died in flight").await;
    journal.record(&entry).unwrap();
    // The run sends the checkout, the answer is lost, and the run dies before reconciling.
    let path = format!("/order/cart/{}/checkout", entry.cart_id.as_deref().unwrap());
    assert!(client.post::<_, Order>(&path, &checkout_body()).await.is_err());

    let recovered = recover(&client, &journal, &endpoint).await;

    let [Recovered::Ordered { placement, entry: found }] = recovered.as_slice() else { panic!("{recovered:?}") };
    let order = &placement.order;
    assert!(order.reconciled);
    assert!(placement.order.paid, "the free order is paid by the recovery");
    assert!(placement.receipt.is_ok(), "{:?}", placement.receipt);
    assert_eq!(found.id, entry.id);
    let orders: Vec<i64> = client.get("/me/order").await.unwrap();
    assert_eq!(orders, vec![order.order_id]);
    assert_eq!(checkouts(&sandbox), 1, "never sent again");
    assert!(journal.unfinished(&endpoint).is_empty(), "the flow is closed");
}

#[tokio::test]
async fn a_checkout_that_never_left_leaves_an_open_cart_to_resume() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let data = tempfile::tempdir().unwrap();
    let journal = Journal::new(data.path());
    let endpoint = sandbox.base_url();
    let entry = common::flow_about_to_check_out(&client, &endpoint, "Died before sending").await;
    journal.record(&entry).unwrap();

    let recovered = recover(&client, &journal, &endpoint).await;

    let [Recovered::OpenCart(open)] = recovered.as_slice() else { panic!("{recovered:?}") };
    assert_eq!(open.cart_id, entry.cart_id);
    assert_eq!(open.checkout, None);
    assert_eq!(checkouts(&sandbox), 0);
    let kept = journal.unfinished(&endpoint);
    assert_eq!(kept.len(), 1);
    assert!(!kept[0].checkout_unsettled(), "the settled state is written back");
}

#[tokio::test]
async fn a_checkout_that_cannot_be_settled_now_stays_unsettled() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let data = tempfile::tempdir().unwrap();
    let journal = Journal::new(data.path());
    let endpoint = sandbox.base_url();
    let entry = common::flow_about_to_check_out(&client, &endpoint, "API down").await;
    journal.record(&entry).unwrap();
    // More than fit in the test client's retry budget.
    sandbox.inject_fault("GET", "/order/cart/*", Fault::Unavailable, 1_000);

    let recovered = recover(&client, &journal, &endpoint).await;

    assert!(matches!(recovered.as_slice(), [Recovered::Unsettled { .. }]), "{recovered:?}");
    assert_eq!(checkouts(&sandbox), 0);
    assert!(journal.unfinished(&endpoint)[0].checkout_unsettled(), "kept for the next start");
}

#[tokio::test]
async fn flows_without_a_cart_or_older_than_a_cart_are_forgotten() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let client = common::demo_retrying(&sandbox);
    let data = tempfile::tempdir().unwrap();
    let journal = Journal::new(data.path());
    let endpoint = sandbox.base_url();
    journal.record(&FlowEntry::new(&endpoint, "wizard")).unwrap();
    let old = FlowEntry {
        cart_id: Some("gone".into()),
        started_at: "2020-01-01T00:00:00Z".into(),
        ..FlowEntry::new(&endpoint, "order")
    };
    journal.record(&old).unwrap();

    assert!(recover(&client, &journal, &endpoint).await.is_empty());
    assert!(journal.unfinished(&endpoint).is_empty());
}
