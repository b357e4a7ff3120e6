//! A cart made earlier (project item and name, as a previous run would leave it) is resumed
//! from the start screen by the real runtime against the sandbox: nothing is added to it
//! again, and it is checked out exactly once, after the person ticked the waiver.

mod common;

use std::time::Duration;

use common::headless::{Headless, matching};
use crossterm::event::KeyCode;
use ovhcart::api::flow;
use ovhcart::app::OrderState;
use ovhcart::sandbox::{Sandbox, SandboxOptions};
use ovhcart::tui::runtime::Ending;

#[tokio::test]
async fn a_cart_from_an_earlier_run_is_resumed_from_the_start_screen_and_ordered_once() {
    let sandbox = Sandbox::start(SandboxOptions { delivery: Duration::from_millis(300), ..SandboxOptions::default() })
        .await
        .unwrap();
    let client = common::demo_retrying(&sandbox);

    // An earlier run: a cart with the project and its name, never ordered.
    let description = flow::cart_description(chrono::Utc::now());
    let (cart, offers) = flow::prepare_cart(&client, "FR", &description).await.unwrap();
    let plan = flow::pick_plan(&offers, "project.2018").unwrap();
    let item = flow::add_project(&client, &cart.cart_id, &plan.creation()).await.unwrap();
    flow::set_configuration(&client, &cart.cart_id, item.item_id, "description", "Projet repris").await.unwrap();

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
    // The review, with a fresh quote: focus on auto-pay, then the waiver the person ticks.
    driver.answered("GET", &format!("{cart_path}/checkout"), 2).await;
    driver.press(KeyCode::Tab);
    driver.press(KeyCode::Char(' '));
    driver.press(KeyCode::Tab);
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
