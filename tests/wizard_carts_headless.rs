//! A cart made earlier (project item and name, as a previous run would leave it) is resumed
//! from the start screen by the real runtime against the sandbox: nothing is added to it
//! again, and it is checked out exactly once, after the person ticked the waiver.

mod common;

use common::headless::Headless;
use common::matching;
use crossterm::event::KeyCode;
use ovhcart::api::flow;
use ovhcart::app::OrderState;
use ovhcart::tui::runtime::Ending;

#[tokio::test]
async fn a_cart_from_an_earlier_run_is_resumed_from_the_start_screen_and_ordered_once() {
    let sandbox = common::start(common::fast_delivery()).await;
    let client = common::demo_retrying(&sandbox);

    // An earlier run: a cart with the project and its name, never ordered.
    let description = flow::cart_description(chrono::Utc::now());
    let (cart, offers) = flow::prepare_cart(&client, "FR", &description).await.unwrap();
    let plan = flow::pick_plan(&offers, "project.2018").unwrap();
    let item = flow::add_project(&client, &cart.cart_id, &plan.creation()).await.unwrap();
    flow::set_configuration(
        &client,
        &cart.cart_id,
        item.item_id,
        ovhcart::api::products::ConfigLabel::Description,
        "Projet repris",
    )
    .await
    .unwrap();

    let mut driver = Headless::start(sandbox, client);
    let cart_path = format!("/order/cart/{}", cart.cart_id);

    // The start screen: the account and its carts are read before any key is pressed.
    driver.answered("GET", "/me/payment/method/*", 1).await;
    driver.answered("GET", &cart_path, 1).await;
    // "New order" is first; the cart below it. Enter shows it, Enter again resumes it.
    driver.press(KeyCode::Down);
    driver.press(KeyCode::Enter);
    driver.answered("GET", &format!("{cart_path}/cloud"), 2).await;
    driver.answered("GET", &format!("{cart_path}/checkout"), 1).await;
    driver.press(KeyCode::Enter);
    // The review, with a fresh quote: the focus on its first row (a contract). From the
    // button at the bottom, whatever the number of contracts: the waiver above it, auto-pay,
    // then the box accepting the contracts; the person ticks both, then goes back down.
    driver.answered("GET", &format!("{cart_path}/checkout"), 2).await;
    for _ in 0..12 {
        driver.press(KeyCode::Tab);
    }
    for code in [KeyCode::BackTab, KeyCode::Char(' '), KeyCode::BackTab, KeyCode::BackTab, KeyCode::Char(' ')] {
        driver.press(code);
    }
    for _ in 0..3 {
        driver.press(KeyCode::Tab);
    }
    driver.press(KeyCode::Enter);
    driver.press(KeyCode::Char('y'));
    driver.answered("POST", &format!("{cart_path}/checkout"), 1).await;
    driver.answered("GET", "/me/order/*/details/*/extension", 1).await;
    driver.press(KeyCode::Enter);

    let (ending, state, _terminal) = driver.finish().await;
    assert_eq!(ending, Ending::Quit(0));
    let OrderState::Placed(placed) = &state.order else { panic!("no order: {:?}", state.order) };
    assert!(placed.project_id.is_some(), "delivered");
    assert_eq!(state.cart_id(), Some(cart.cart_id.as_str()), "the resumed cart was ordered");
    assert_eq!(state.draft.name.as_deref(), Some("Projet repris"));

    let requests = driver.sandbox.requests();
    let count = |method: &str, pattern: &str| matching(&requests, method, pattern).count();
    assert_eq!(count("POST", "/order/cart"), 1, "no new cart");
    assert_eq!(count("POST", "/order/cart/*/cloud"), 1, "no second project item");
    assert_eq!(count("POST", "/order/cart/*/item/*/configuration"), 1, "the name is not sent again");
    assert_eq!(count("DELETE", "/order/cart/*"), 0, "nothing deleted");
    let checkouts: Vec<_> = matching(&requests, "POST", "/order/cart/*/checkout").collect();
    assert_eq!(checkouts.len(), 1);
    assert_eq!(checkouts[0].path, format!("{cart_path}/checkout"));
    assert_eq!(
        checkouts[0].body_text(),
        r#"{"autoPayWithPreferredPaymentMethod":false,"waiveRetractationPeriod":true}"#
    );
}

/// An earlier run's checkout of unknown outcome, as its journal holds it, before its cart
/// is listed again (F3): the cart says "outcome unknown", and Enter checks it.
async fn unknown_checkout_listed(ordered: bool) -> (Headless, String) {
    let sandbox = common::start(common::fast_delivery()).await;
    let client = common::demo_retrying(&sandbox);
    let endpoint = ovhcart::api::Endpoint::parse(&sandbox.base_url()).unwrap();
    let entry = common::flow_about_to_check_out(&client, &endpoint.config_section(), "Projet perdu").await;
    let cart_id = entry.cart_id.clone().unwrap();
    if ordered {
        // The checkout left and created the order; its answer never reached that run.
        let checkout = entry.checkout.as_ref().unwrap();
        let options = flow::CheckoutOptions { auto_pay: checkout.auto_pay, waive_retraction: true };
        flow::checkout(&client, &cart_id, options, &checkout.guard(), &entry.expected_order()).await.unwrap();
    }
    let driver = Headless::start(sandbox, client);
    ovhcart::store::journal::Journal::new(driver.data_dir.path()).record(&entry).unwrap();
    driver.answered("GET", "/me/payment/method/*", 1).await;
    driver.answered("GET", &format!("/order/cart/{cart_id}"), 1).await;
    // The carts are listed again, with the journal now read: an open cart opened the start
    // screen (`r` refreshes it; "New order" is above the cart), an ordered one did not (F3).
    if ordered {
        driver.press(KeyCode::F(3));
    } else {
        driver.press(KeyCode::Char('r'));
        driver.press(KeyCode::Down);
    }
    driver.answered("GET", &format!("/order/cart/{cart_id}"), 2).await;
    (driver, cart_id)
}

#[tokio::test]
async fn an_earlier_runs_unknown_checkout_not_ordered_is_shown_to_resume_and_its_journal_settled() {
    let (mut driver, cart_id) = unknown_checkout_listed(false).await;
    let journal = ovhcart::store::journal::Journal::new(driver.data_dir.path());
    driver.press(KeyCode::Char('d'));
    driver.press(KeyCode::Enter);
    // The check reads the cart (a third time): still open, so nothing was ordered.
    driver.answered("GET", &format!("/order/cart/{cart_id}"), 3).await;
    driver.answered("GET", &format!("/order/cart/{cart_id}/item"), 1).await;
    driver.press_with(KeyCode::Char('c'), crossterm::event::KeyModifiers::CONTROL);
    let (_, state, terminal) = driver.finish().await;
    assert_eq!(state.order, OrderState::NotPlaced);
    assert_eq!(state.browser.page, Some(ovhcart::app::carts::CartsPage::Detail), "shown in the browser to resume");
    let requests = driver.sandbox.requests();
    assert_eq!(matching(&requests, "POST", "/order/cart/*/checkout").count(), 0, "never sent");
    assert_eq!(matching(&requests, "DELETE", "/order/cart/*").count(), 0, "d did not delete it unchecked");
    let left = journal.unfinished(&driver.endpoint.config_section());
    assert_eq!(left.len(), 1);
    assert!(!left[0].checkout_unsettled(), "the journal knows it was not ordered");
    drop(terminal);
}

#[tokio::test]
async fn an_earlier_runs_unknown_checkout_that_ordered_is_found_paid_and_followed() {
    let (mut driver, _cart_id) = unknown_checkout_listed(true).await;
    let journal = ovhcart::store::journal::Journal::new(driver.data_dir.path());
    driver.press(KeyCode::Enter);
    driver.answered("POST", "/me/order/*/payWithRegisteredPaymentMean", 1).await;
    driver.answered("GET", "/me/order/*/details/*/extension", 2).await;
    driver.press(KeyCode::Enter);
    let (ending, state, _terminal) = driver.finish().await;
    assert_eq!(ending, Ending::Quit(0), "{:?}", state.order);
    let OrderState::Placed(placed) = &state.order else { panic!("{:?}", state.order) };
    assert!(placed.order.reconciled && placed.order.paid && placed.project_id.is_some(), "{placed:?}");
    let Some(Ok(receipt)) = &placed.receipt else { panic!("{:?}", placed.receipt) };
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(receipt).unwrap()).unwrap();
    assert_eq!(receipt["waiver"]["via"], "checkbox", "the consent as the earlier run journaled it");
    assert_eq!(receipt["front_end"], "wizard", "the run that placed it, not the one that wrote the receipt");
    let requests = driver.sandbox.requests();
    assert_eq!(matching(&requests, "POST", "/order/cart/*/checkout").count(), 1, "only the earlier run's");
    assert!(journal.unfinished(&driver.endpoint.config_section()).is_empty(), "the found order's flow is closed");
}
