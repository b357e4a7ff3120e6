//! A cart made earlier (project item and name, as a previous run would leave it) is resumed
//! from the start screen by the real runtime against the sandbox: nothing is added to it
//! again, and it is checked out exactly once, after the person ticked the waiver.

use std::io;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use futures::channel::mpsc::{UnboundedSender, unbounded};
use ovhcart::api::client::{Auth, ClientOptions};
use ovhcart::api::flow;
use ovhcart::api::models::wildcard_match;
use ovhcart::api::{Client, Endpoint, Secret};
use ovhcart::app::{Display, Init, OrderState, State};
use ovhcart::i18n::Lang;
use ovhcart::sandbox::{RecordedRequest, Sandbox, SandboxOptions, accounts};
use ovhcart::tui::effects::Services;
use ovhcart::tui::runtime::{self, Ending};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

struct Driver {
    keys: UnboundedSender<io::Result<Event>>,
    sandbox: Sandbox,
}

impl Driver {
    fn press(&self, code: KeyCode) {
        self.keys.unbounded_send(Ok(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)))).unwrap();
    }

    /// Waits until the sandbox has answered `times` requests matching `method` and
    /// `pattern`, then a moment for the answer to reach the wizard.
    async fn answered(&self, method: &str, pattern: &str, times: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let n = matching(&self.sandbox.requests(), method, pattern).filter(|r| r.status().is_some()).count();
            if n >= times {
                tokio::time::sleep(Duration::from_millis(150)).await;
                return;
            }
            assert!(Instant::now() < deadline, "no answer to {method} {pattern} (seen {n} of {times})");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

fn matching<'a>(
    requests: &'a [RecordedRequest],
    method: &'a str,
    pattern: &'a str,
) -> impl Iterator<Item = &'a RecordedRequest> {
    requests
        .iter()
        .filter(move |r| r.method == method && wildcard_match(pattern, r.path.split('?').next().unwrap_or("")))
}

#[tokio::test]
async fn a_cart_from_an_earlier_run_is_resumed_from_the_start_screen_and_ordered_once() {
    let sandbox = Sandbox::start(SandboxOptions { delivery: Duration::from_millis(300), ..SandboxOptions::default() })
        .await
        .unwrap();
    let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
    let auth = Auth::Signed {
        application_key: accounts::APPLICATION_KEY.into(),
        application_secret: Secret::new(accounts::APPLICATION_SECRET),
        consumer_key: Some(Secret::new(accounts::CONSUMER_KEY)),
    };
    let client = Client::new(&sandbox.base_url(), auth, ClientOptions::default()).unwrap();

    // An earlier run: a cart with the project and its name, never ordered.
    let description = flow::cart_description(chrono::Utc::now());
    let (cart, offers) = flow::prepare_cart(&client, "FR", &description).await.unwrap();
    let plan = flow::pick_plan(&offers, "project.2018").unwrap();
    let item = flow::add_project(&client, &cart.cart_id, &plan.creation()).await.unwrap();
    flow::set_configuration(&client, &cart.cart_id, item.item_id, "description", "Projet repris").await.unwrap();

    let data_dir = tempfile::tempdir().unwrap();
    let services = Services {
        client,
        endpoint: endpoint.clone(),
        data_dir: Some(data_dir.path().to_path_buf()),
        follow_interval: Duration::from_millis(100),
    };
    let state = State::new(Init {
        endpoint_label: endpoint.to_string(),
        subsidiaries: endpoint.sold_subsidiaries(),
        preselect: None,
        locale_subsidiary: None,
        today: "2026-11-21".into(),
        lang: Lang::En,
        display: Display::default(),
    });
    let (keys, events) = unbounded();
    let wizard = tokio::spawn(async move {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let outcome = runtime::run(&mut terminal, state, services, events, std::future::pending()).await;
        (outcome, terminal)
    });
    let driver = Driver { keys, sandbox };
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
    driver.press(KeyCode::Enter);
    driver.answered("POST", &format!("{cart_path}/checkout"), 1).await;
    driver.answered("GET", "/me/order/*/details/*/extension", 1).await;
    driver.press(KeyCode::Enter);

    let (outcome, _terminal) = tokio::time::timeout(Duration::from_secs(20), wizard).await.unwrap().unwrap();
    let (ending, state) = outcome.unwrap();
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
