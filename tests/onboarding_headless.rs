//! The real runtime started on the onboarding screens against the sandbox: keys typed, the
//! validation link opened as the person would, the keys saved, then the wizard's first
//! step with the account read using the new consumer key.

use std::io;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use futures::channel::mpsc::{UnboundedSender, unbounded};
use ovhcart::api::client::{Auth, ClientOptions};
use ovhcart::api::config::Document;
use ovhcart::api::models::CredentialRequest;
use ovhcart::api::{Client, Endpoint, rights};
use ovhcart::app::{Display, Init, OnboardingInit, Remote, State, Step};
use ovhcart::i18n::Lang;
use ovhcart::sandbox::{Sandbox, SandboxOptions, accounts};
use ovhcart::tui::effects::Services;
use ovhcart::tui::runtime::{self, Ending};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn press(keys: &UnboundedSender<io::Result<Event>>, code: KeyCode, modifiers: KeyModifiers) {
    keys.unbounded_send(Ok(Event::Key(KeyEvent::new(code, modifiers)))).unwrap();
}

fn type_text(keys: &UnboundedSender<io::Result<Event>>, text: &str) {
    text.chars().for_each(|c| press(keys, KeyCode::Char(c), KeyModifiers::NONE));
}

/// Waits until `check` holds on the sandbox's record, then a moment for the answer to land.
async fn until(sandbox: &Sandbox, what: &str, check: impl Fn(&Sandbox) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !check(sandbox) {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(150)).await;
}

fn answered(sandbox: &Sandbox, method: &str, path: &str, status: u16) -> usize {
    sandbox.requests().iter().filter(|r| r.method == method && r.path == path && r.status() == Some(status)).count()
}

#[tokio::test]
async fn onboarding_makes_a_key_saves_it_and_the_wizard_uses_it() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
    let home = tempfile::tempdir().unwrap();
    let conf = home.path().join(".ovh.conf");
    let placeholder =
        Client::new(&sandbox.base_url(), Auth::Anonymous { application_key: None }, ClientOptions::default()).unwrap();
    let services = Services {
        client: placeholder,
        endpoint: endpoint.clone(),
        data_dir: Some(home.path().join("data")),
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
    })
    .with_onboarding(OnboardingInit {
        endpoint: endpoint.clone(),
        application_key: None,
        application_secret: None,
        save_to: Some(conf.clone()),
        timeout_secs: 60,
    });
    let (keys, events) = unbounded();
    let wizard = tokio::spawn(async move {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        let outcome = runtime::run(&mut terminal, state, services, events, std::future::pending()).await;
        (outcome, terminal)
    });

    // Endpoint: the sandbox URL given with --endpoint is preselected.
    press(&keys, KeyCode::Enter, KeyModifiers::NONE);
    type_text(&keys, accounts::APPLICATION_KEY);
    press(&keys, KeyCode::Tab, KeyModifiers::NONE);
    type_text(&keys, accounts::APPLICATION_SECRET);
    press(&keys, KeyCode::Enter, KeyModifiers::NONE);
    until(&sandbox, "POST /auth/credential", |s| answered(s, "POST", "/auth/credential", 200) == 1).await;
    until(&sandbox, "polling", |s| answered(s, "GET", "/auth/currentCredential", 403) >= 1).await;
    assert!(!conf.exists(), "nothing saved before the validation");

    // The person opens the link.
    let urls = sandbox.validation_urls();
    assert_eq!(urls.len(), 1);
    let page = reqwest::get(&urls[0]).await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    until(&sandbox, "GET /me", |s| answered(s, "GET", "/me", 200) >= 1).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !conf.exists() {
        assert!(Instant::now() < deadline, "the keys were not saved");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(150)).await;

    // Saved: Enter continues to the wizard, which reads the account with the new key.
    press(&keys, KeyCode::Enter, KeyModifiers::NONE);
    until(&sandbox, "the account", |s| answered(s, "GET", "/me", 200) >= 2).await;
    until(&sandbox, "the carts", |s| answered(s, "GET", "/order/cart", 200) >= 1).await;
    press(&keys, KeyCode::Char('c'), KeyModifiers::CONTROL);

    let (outcome, terminal) = tokio::time::timeout(Duration::from_secs(20), wizard).await.unwrap().unwrap();
    let (ending, state) = outcome.unwrap();
    assert_eq!(ending, Ending::Quit(130));
    assert!(state.onboarding.is_none());
    assert_eq!(state.step, Step::Subsidiary);
    let Remote::Ready(account) = &state.account else { panic!("account: {:?}", state.account) };
    assert_eq!(account.me.nichandle, accounts::DEMO_ACCOUNT);
    let screen = format!("{:?}", terminal.backend().buffer());
    assert!(screen.contains("1 Subsidiary"), "{screen}");

    // The file: the three keys in the endpoint's section, a default endpoint, mode 0600.
    let doc = Document::parse(&std::fs::read_to_string(&conf).unwrap()).unwrap();
    let section = endpoint.config_section();
    assert_eq!(doc.get(&section, "application_key").as_deref(), Some(accounts::APPLICATION_KEY));
    assert_eq!(doc.get(&section, "application_secret").as_deref(), Some(accounts::APPLICATION_SECRET));
    let consumer_key = doc.get(&section, "consumer_key").expect("a consumer key");
    assert_eq!(consumer_key.len(), 32);
    assert_ne!(consumer_key, accounts::CONSUMER_KEY);
    assert_eq!(doc.get("default", "endpoint").as_deref(), Some(section.as_str()));
    assert_eq!(std::fs::metadata(&conf).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(!screen.contains(accounts::APPLICATION_SECRET) && !screen.contains(&consumer_key));

    // Exactly ovhcart's rules were asked for.
    let requests = sandbox.requests();
    let asked = requests.iter().find(|r| r.method == "POST" && r.path == "/auth/credential").unwrap();
    let body: CredentialRequest = serde_json::from_slice(&asked.body).unwrap();
    assert_eq!(body.access_rules, rights::needed_rules());
}

#[tokio::test]
async fn esc_stops_the_polling_and_saves_nothing() {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
    let home = tempfile::tempdir().unwrap();
    let conf = home.path().join(".ovh.conf");
    let placeholder =
        Client::new(&sandbox.base_url(), Auth::Anonymous { application_key: None }, ClientOptions::default()).unwrap();
    let services = Services {
        client: placeholder,
        endpoint: endpoint.clone(),
        data_dir: None,
        follow_interval: Duration::from_millis(50),
    };
    let state = State::new(Init {
        endpoint_label: endpoint.to_string(),
        subsidiaries: endpoint.sold_subsidiaries(),
        preselect: None,
        locale_subsidiary: None,
        today: "2026-11-21".into(),
        lang: Lang::En,
        display: Display::default(),
    })
    .with_onboarding(OnboardingInit {
        endpoint,
        application_key: Some(accounts::APPLICATION_KEY.into()),
        application_secret: Some(accounts::APPLICATION_SECRET.into()),
        save_to: Some(conf.clone()),
        timeout_secs: 60,
    });
    let (keys, events) = unbounded();
    let wizard = tokio::spawn(async move {
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        runtime::run(&mut terminal, state, services, events, std::future::pending()).await
    });
    // The configured keys are reused: Enter, Enter.
    press(&keys, KeyCode::Enter, KeyModifiers::NONE);
    press(&keys, KeyCode::Enter, KeyModifiers::NONE);
    until(&sandbox, "polling", |s| answered(s, "GET", "/auth/currentCredential", 403) >= 2).await;
    press(&keys, KeyCode::Esc, KeyModifiers::NONE);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let polls = answered(&sandbox, "GET", "/auth/currentCredential", 403);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(answered(&sandbox, "GET", "/auth/currentCredential", 403), polls, "polling stopped");
    // Validating now changes nothing: nobody is waiting.
    reqwest::get(&sandbox.validation_urls()[0]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!conf.exists());
    press(&keys, KeyCode::Char('c'), KeyModifiers::CONTROL);
    let (ending, state) = tokio::time::timeout(Duration::from_secs(10), wizard).await.unwrap().unwrap().unwrap();
    assert_eq!(ending, Ending::Quit(130));
    assert_eq!(state.onboarding.map(|o| o.page), Some(ovhcart::app::onboarding::Page::Keys));
}
