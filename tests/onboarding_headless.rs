//! The real runtime started on the onboarding screens against the sandbox: keys typed, the
//! validation link opened as the person would, the keys saved, then the wizard's first
//! step with the account read using the new consumer key.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use common::headless::Headless;
use common::init::init_for;
use crossterm::event::{KeyCode, KeyModifiers};
use ovhcart::api::client::{Auth, ClientOptions};
use ovhcart::api::config::Document;
use ovhcart::api::models::CredentialRequest;
use ovhcart::api::{Client, Endpoint, rights};
use ovhcart::app::{OnboardingInit, Remote, State, Step};
use ovhcart::sandbox::{Sandbox, SandboxOptions, accounts};
use ovhcart::tui::runtime::Ending;

/// The runtime on the onboarding screens, with a client that has no keys yet.
async fn onboarding(make: impl FnOnce(Endpoint) -> OnboardingInit) -> Headless {
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let endpoint = Endpoint::parse(&sandbox.base_url()).unwrap();
    let placeholder =
        Client::new(&sandbox.base_url(), Auth::Anonymous { application_key: None }, ClientOptions::default()).unwrap();
    let state = State::new(init_for(&endpoint)).with_onboarding(make(endpoint));
    Headless::start_with(sandbox, placeholder, state)
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
    let home = tempfile::tempdir().unwrap();
    let conf = home.path().join(".ovh.conf");
    let mut driver = onboarding(|endpoint| OnboardingInit {
        endpoint,
        application_key: None,
        application_secret: None,
        save_to: Some(conf.clone()),
        timeout_secs: 60,
    })
    .await;
    let (sandbox, endpoint) = (&driver.sandbox, driver.endpoint.clone());

    // Endpoint: the sandbox URL given with --endpoint is preselected.
    driver.press(KeyCode::Enter);
    driver.type_text(accounts::APPLICATION_KEY);
    driver.press(KeyCode::Tab);
    driver.type_text(accounts::APPLICATION_SECRET);
    driver.press(KeyCode::Enter);
    until(sandbox, "POST /auth/credential", |s| answered(s, "POST", "/auth/credential", 200) == 1).await;
    until(sandbox, "polling", |s| answered(s, "GET", "/auth/currentCredential", 403) >= 1).await;
    assert!(!conf.exists(), "nothing saved before the validation");

    // The person opens the link.
    let urls = sandbox.validation_urls();
    assert_eq!(urls.len(), 1);
    let page = reqwest::get(&urls[0]).await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    until(sandbox, "GET /me", |s| answered(s, "GET", "/me", 200) >= 1).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !conf.exists() {
        assert!(Instant::now() < deadline, "the keys were not saved");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(150)).await;

    // Saved: Enter continues to the wizard, which reads the account with the new key.
    driver.press(KeyCode::Enter);
    until(sandbox, "the account", |s| answered(s, "GET", "/me", 200) >= 2).await;
    until(sandbox, "the carts", |s| answered(s, "GET", "/order/cart", 200) >= 1).await;
    driver.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let requests = driver.sandbox.requests();

    let (ending, state, terminal) = driver.finish().await;
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
    let asked = requests.iter().find(|r| r.method == "POST" && r.path == "/auth/credential").unwrap();
    let body: CredentialRequest = serde_json::from_slice(&asked.body).unwrap();
    assert_eq!(body.access_rules, rights::needed_rules());
}

#[tokio::test]
async fn esc_stops_the_polling_and_saves_nothing() {
    let home = tempfile::tempdir().unwrap();
    let conf = home.path().join(".ovh.conf");
    let mut driver = onboarding(|endpoint| OnboardingInit {
        endpoint,
        application_key: Some(accounts::APPLICATION_KEY.into()),
        application_secret: Some(accounts::APPLICATION_SECRET.into()),
        save_to: Some(conf.clone()),
        timeout_secs: 60,
    })
    .await;
    let sandbox = &driver.sandbox;
    // The configured keys are reused: Enter, Enter.
    driver.press(KeyCode::Enter);
    driver.press(KeyCode::Enter);
    until(sandbox, "polling", |s| answered(s, "GET", "/auth/currentCredential", 403) >= 2).await;
    driver.press(KeyCode::Esc);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let polls = answered(sandbox, "GET", "/auth/currentCredential", 403);
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(answered(sandbox, "GET", "/auth/currentCredential", 403), polls, "polling stopped");
    // Validating now changes nothing: nobody is waiting.
    reqwest::get(&sandbox.validation_urls()[0]).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!conf.exists());
    driver.press_with(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let (ending, state, _) = driver.finish_within(Duration::from_secs(10)).await;
    assert_eq!(ending, Ending::Quit(130));
    assert_eq!(state.onboarding.map(|o| o.page), Some(ovhcart::app::onboarding::Page::Keys));
}
