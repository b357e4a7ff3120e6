//! The real runtime (UI loop + effect executor) driven headless through the whole wizard
//! against the sandbox: keys in, a `TestBackend` for the screen, and the sandbox's record
//! of what it received checked against the seed's calls.

mod common;

use std::time::Duration;

use common::headless::Headless;
use common::{matching, position};
use crossterm::event::KeyCode;
use ovhcart::app::OrderState;
use ovhcart::tui::runtime::Ending;

#[tokio::test]
async fn the_whole_wizard_orders_one_project_with_the_seed_calls() {
    let sandbox = common::start(common::fast_delivery()).await;
    let client = common::demo_retrying(&sandbox);
    let mut driver = Headless::start(sandbox, client);
    let (data_dir, endpoint) = (driver.data_dir.path().to_path_buf(), driver.endpoint.clone());

    // 1 Subsidiary: the account's (FR) is preselected once /me has answered.
    driver.answered("GET", "/me/payment/method/*", 1).await;
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/cloud", 1).await;
    // 2 Plan.
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/item/*/requiredConfiguration", 1).await;
    // 3 Name: replace the default.
    for _ in 0.."Project 2026-11-21".len() {
        driver.press(KeyCode::Backspace);
    }
    driver.type_text("Projet été");
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/checkout", 1).await;
    // 4 Voucher.
    driver.type_text("WELCOME50");
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/checkout", 2).await;
    let journal = ovhcart::store::journal::Journal::new(&data_dir);
    let open = journal.unfinished(&endpoint.config_section());
    assert_eq!(open.len(), 1, "the flow is journalled while in progress");
    assert_eq!(open[0].description.as_deref(), Some("Projet été"));
    assert!(open[0].cart_id.is_some() && open[0].item_id.is_some());
    // 5 Review: from the first contract, tick the box accepting the contracts, then the
    // waiver; then Place order and confirm.
    for code in [KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' ')] {
        driver.press(code);
    }
    driver.press(KeyCode::Tab);
    driver.press(KeyCode::Enter);
    // The confirmation defaults to cancel: `y` places.
    driver.press(KeyCode::Char('y'));
    // 6 Order: followed until the project exists.
    driver.answered("POST", "/order/cart/*/checkout", 1).await;
    driver.answered("GET", "/me/order/*/details/*/extension", 1).await;
    driver.press(KeyCode::Enter);

    let (ending, state, terminal) = driver.finish().await;
    assert_eq!(ending, Ending::Quit(0));
    let OrderState::Placed(placed) = &state.order else { panic!("no order: {:?}", state.order) };
    let project = placed.project_id.as_deref().expect("delivered");
    assert!(ovhcart::api::models::is_project_id(project));
    let screen = format!("{:?}", terminal.backend().buffer());
    assert!(screen.contains(project), "the project id is on screen");

    let requests = driver.sandbox.requests();
    // The seed's calls, each once, with the exact bodies.
    let once = |method: &str, pattern: &str| {
        let found: Vec<_> = matching(&requests, method, pattern).collect();
        assert_eq!(found.len(), 1, "{method} {pattern}: {found:?}");
        found[0].body_text()
    };
    assert!(once("POST", "/order/cart").starts_with(r#"{"ovhSubsidiary":"FR","description":"ovhcart "#));
    assert_eq!(once("POST", "/order/cart/*/assign"), "");
    assert_eq!(
        once("POST", "/order/cart/*/cloud"),
        r#"{"duration":"P1M","planCode":"project.2018","pricingMode":"default","quantity":1}"#
    );
    once("GET", "/order/cart/*/item/*/requiredConfiguration");
    let configs: Vec<_> =
        matching(&requests, "POST", "/order/cart/*/item/*/configuration").map(|r| r.body_text()).collect();
    assert_eq!(
        configs,
        [r#"{"label":"description","value":"Projet été"}"#, r#"{"label":"voucher","value":"WELCOME50"}"#]
    );
    // The account's eligibility, read with the account, then the voucher's.
    let eligibility: Vec<_> = matching(&requests, "GET", "/cloud/eligibility").map(|r| r.path.as_str()).collect();
    assert_eq!(eligibility, ["/cloud/eligibility", "/cloud/eligibility?voucher=WELCOME50"]);
    assert_eq!(
        once("POST", "/order/cart/*/checkout"),
        r#"{"autoPayWithPreferredPaymentMethod":false,"waiveRetractationPeriod":true}"#
    );
    assert_eq!(once("POST", "/me/order/*/payWithRegisteredPaymentMean"), r#"{"paymentMean":"fidelityAccount"}"#);
    // And in the seed's order.
    let order = [
        position(&requests, "POST", "/order/cart"),
        position(&requests, "POST", "/order/cart/*/cloud"),
        position(&requests, "POST", "/order/cart/*/item/*/configuration"),
        position(&requests, "GET", "/order/cart/*/checkout"),
        position(&requests, "POST", "/order/cart/*/checkout"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(
        position(&requests, "POST", "/order/cart/*/assign") < position(&requests, "POST", "/order/cart/*/checkout")
    );

    assert!(journal.unfinished(&endpoint.config_section()).is_empty(), "the ordered flow is closed in the journal");
    let receipts: Vec<_> = std::fs::read_dir(data_dir.join("receipts")).unwrap().collect();
    assert_eq!(receipts.len(), 1);
    let receipt: serde_json::Value =
        serde_json::from_slice(&std::fs::read(receipts[0].as_ref().unwrap().path()).unwrap()).unwrap();
    assert_eq!(receipt["waiver"]["given"], true);
    assert_eq!(receipt["waiver"]["language"], "en");
    assert_eq!(receipt["project_name"], "Projet été");
    // The contracts, accepted with a ticked box: each one as the review listed it.
    let contracts = &receipt["contracts"];
    assert_eq!(
        (&contracts["given"], &contracts["via"], &contracts["language"]),
        (&true.into(), &"checkbox".into(), &"en".into())
    );
    assert_eq!(contracts["text"], ovhcart::i18n::tr(ovhcart::i18n::Lang::En, "contracts-text"));
    let documents = contracts["documents"].as_array().unwrap();
    assert!(!documents.is_empty(), "{contracts}");
    assert!(documents.iter().all(|d| d["url"].as_str().unwrap().starts_with("http")), "{contracts}");
    assert_eq!(contracts["given_at"], receipt["waiver"]["given_at"], "both given as the order was confirmed");
    assert!(receipt.get("italian_clauses").is_none(), "FR");
}

/// A checkout whose answer is lost and whose settling fails leaves the order unknown; `r`
/// checks again with the real executor, finds the order, pays it (free) and follows it as
/// after a checkout's answer, with its receipt. The checkout is sent once.
#[tokio::test]
async fn a_lost_checkout_is_checked_again_and_the_order_found_is_paid_and_followed() {
    use ovhcart::sandbox::Fault;
    let sandbox = common::start(common::fast_delivery()).await;
    // One request each: the checkout's answer lost, then the cart's read failing.
    let client = common::demo(&sandbox);
    let mut driver = Headless::start(sandbox, client);
    let data_dir = driver.data_dir.path().to_path_buf();
    driver.answered("GET", "/me/payment/method/*", 1).await;
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/cloud", 1).await;
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/item/*/requiredConfiguration", 1).await;
    driver.press(KeyCode::Enter);
    driver.answered("GET", "/order/cart/*/checkout", 1).await;
    // The review opens with the quote there: the focus starts on its first contract.
    driver.press(KeyCode::Enter);
    for code in [KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' '), KeyCode::Tab, KeyCode::Tab, KeyCode::Char(' ')] {
        driver.press(code);
    }
    driver.press(KeyCode::Tab);
    driver.press(KeyCode::Enter);
    driver.sandbox.inject_fault("POST", "/order/cart/*/checkout", Fault::LostAfterProcessing, 1);
    driver.sandbox.inject_fault("GET", "/order/cart/*", Fault::Unavailable, 1);
    driver.press(KeyCode::Char('y'));
    // The settling read failed: nothing else is sent until the person asks.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while matching(&driver.sandbox.requests(), "GET", "/order/cart/*").filter(|r| r.fault.is_some()).count() == 0 {
        assert!(std::time::Instant::now() < deadline, "the settling read never came");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = driver.sandbox.requests().len();
    assert!(matching(&driver.sandbox.requests(), "POST", "/me/order/*/payWithRegisteredPaymentMean").next().is_none());
    // Enter, Space and Esc do nothing here; `r` checks again.
    driver.press(KeyCode::Enter);
    driver.press(KeyCode::Esc);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(driver.sandbox.requests().len(), before, "no key but r sends anything");
    driver.press(KeyCode::Char('r'));
    driver.answered("POST", "/me/order/*/payWithRegisteredPaymentMean", 1).await;
    // Once to recognise the order found, once more when the delivered project is read.
    driver.answered("GET", "/me/order/*/details/*/extension", 2).await;
    driver.press(KeyCode::Enter);

    let (ending, state, _terminal) = driver.finish().await;
    assert_eq!(ending, Ending::Quit(0), "{:?}", state.order);
    let OrderState::Placed(placed) = &state.order else { panic!("no order: {:?}", state.order) };
    assert!(placed.order.reconciled && placed.order.paid, "{placed:?}");
    assert!(placed.project_id.is_some(), "followed to delivery");
    let requests = driver.sandbox.requests();
    assert_eq!(matching(&requests, "POST", "/order/cart/*/checkout").count(), 1, "the checkout is never re-sent");
    assert_eq!(matching(&requests, "POST", "/me/order/*/payWithRegisteredPaymentMean").count(), 1);
    let receipts: Vec<_> = std::fs::read_dir(data_dir.join("receipts")).unwrap().collect();
    assert_eq!(receipts.len(), 1, "the receipt, as after a checkout's answer");
    let journal = ovhcart::store::journal::Journal::new(&data_dir);
    assert!(journal.unfinished(&driver.endpoint.config_section()).is_empty(), "the flow is closed");
}
