//! Each onboarding screen at 80x24 and 120x40. The secret field shows only `*`; the
//! validation link is drawn as a QR code where it fits.

mod support;

use std::path::PathBuf;

use insta::assert_snapshot;
use ovhcart::api::Secret;
use ovhcart::api::endpoints::{Endpoint, Named};
use ovhcart::api::error::{ErrorKind, Outcome};
use ovhcart::api::login::{LoginError, PendingKey};
use ovhcart::app::*;
use ovhcart::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::*;

const SECRET: &str = "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF";
const URL: &str = "https://eu.api.ovh.com/auth/?credentialToken=now2OOAVO4Wp6t7bemyN9DMWIobhGjFNZSHmixtVJM4S7mzjk";

fn snap(name: &str, state: &State) {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|frame| view(state, frame)).unwrap();
        let screen = format!("{:?}", terminal.backend());
        assert!(!screen.contains(SECRET), "the secret is drawn");
        assert_snapshot!(format!("{name}_{width}x{height}"), terminal.backend());
    }
}

fn onboarding(known_keys: bool) -> State {
    State::new(init()).with_onboarding(OnboardingInit {
        endpoint: Endpoint::Named(Named::OvhEu),
        application_key: known_keys.then(|| "7kbG7Bk7S9Nt7ZSV".into()),
        application_secret: known_keys.then(|| Secret::new(SECRET)),
        save_to: Some(PathBuf::from("/home/ada/.ovh.conf")),
        timeout_secs: 600,
    })
}

fn send(state: &mut State, msg: Msg) -> Vec<Effect> {
    update(state, msg)
}

fn keys_typed() -> State {
    let mut state = onboarding(false);
    send(&mut state, Msg::Key(Key::Enter));
    "7kbG7Bk7S9Nt7ZSV".chars().for_each(|c| {
        send(&mut state, Msg::Key(Key::Char(c)));
    });
    send(&mut state, Msg::Key(Key::Tab));
    send(&mut state, Msg::Paste(SECRET.into()));
    state
}

fn requested() -> (State, u64) {
    let mut state = keys_typed();
    let Effect::RequestConsumerKey { req, .. } = send(&mut state, Msg::Key(Key::Enter)).remove(0) else { panic!() };
    (state, req)
}

fn waiting() -> (State, u64) {
    let (mut state, req) = requested();
    let pending =
        PendingKey { consumer_key: Secret::new("MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1"), validation_url: URL.into() };
    let Effect::WaitForValidation { req, .. } =
        send(&mut state, Msg::ConsumerKeyRequested { req, result: Ok(pending) }).remove(0)
    else {
        panic!()
    };
    (state, req)
}

fn saved(result: Result<String, String>) -> State {
    let (mut state, req) = waiting();
    let Effect::SaveCredentials { req, .. } =
        send(&mut state, Msg::CredentialsValidated { req, result: Ok("ab12345-ovh".into()) }).remove(0)
    else {
        panic!()
    };
    send(&mut state, Msg::CredentialsSaved { req, result });
    state
}

#[test]
fn onboard_endpoint() {
    snap("onboard_endpoint", &onboarding(false));
}

#[test]
fn onboard_keys_empty_refused() {
    let mut state = onboarding(false);
    send(&mut state, Msg::Key(Key::Enter));
    send(&mut state, Msg::Key(Key::Enter));
    snap("onboard_keys_refused", &state);
}

#[test]
fn onboard_keys_typed_secret_masked() {
    snap("onboard_keys_typed", &keys_typed());
}

#[test]
fn onboard_keys_reused_from_config() {
    let mut state = onboarding(true);
    send(&mut state, Msg::Key(Key::Enter));
    snap("onboard_keys_reused", &state);
}

#[test]
fn onboard_keys_invalid_application_key() {
    let (mut state, req) = requested();
    let mut error = api_error(ErrorKind::InvalidCredentials, Outcome::NotApplied, "Invalid application key");
    error.error_code = Some("INVALID_KEY".into());
    send(&mut state, Msg::ConsumerKeyRequested { req, result: Err(error) });
    snap("onboard_keys_invalid_key", &state);
}

#[test]
fn onboard_keys_timed_out() {
    let (mut state, req) = waiting();
    let error = LoginError::TimedOut { after: std::time::Duration::from_secs(600) };
    send(&mut state, Msg::CredentialsValidated { req, result: Err(error) });
    snap("onboard_keys_timed_out", &state);
}

#[test]
fn onboard_requesting() {
    snap("onboard_requesting", &requested().0);
}

#[test]
fn onboard_waiting_with_qr_code() {
    let (state, _) = waiting();
    snap("onboard_waiting", &state);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    terminal.draw(|frame| view(&state, frame)).unwrap();
    assert!(format!("{:?}", terminal.backend()).contains('▀'), "the QR code is drawn");
}

#[test]
fn onboard_saved() {
    snap("onboard_saved", &saved(Ok("/home/ada/.ovh.conf".into())));
}

#[test]
fn onboard_save_failed() {
    snap(
        "onboard_save_failed",
        &saved(Err("cannot write /home/ada/.ovh.conf: Permission denied (os error 13)".into())),
    );
}
