//! Each onboarding screen at 80x24 and 120x40. The secret field shows only `*`; the
//! validation link is drawn as a QR code where it fits.

mod common;

use common::fixtures::*;
use common::onboarding::*;
use common::snapshot::{self, SIZES, draw};
use ovhcart::api::config::{ConfigError, WriteStep};
use ovhcart::api::error::{ErrorKind, Outcome};
use ovhcart::api::login::LoginError;
use ovhcart::app::keymap::Action;
use ovhcart::app::*;

fn snap(name: &str, state: &State) {
    for (width, height) in SIZES {
        let screen = format!("{:?}", draw(state, width, height).backend());
        assert!(!screen.contains(SECRET), "the secret is drawn");
    }
    snapshot::snap!(name, state);
}

#[test]
fn onboard_endpoint() {
    snap("onboard_endpoint", &onboarding(false));
}

#[test]
fn onboard_keys_empty_refused() {
    let mut state = onboarding(false);
    act(&mut state, Action::Confirm);
    act(&mut state, Action::Confirm);
    snap("onboard_keys_refused", &state);
}

#[test]
fn onboard_keys_typed_secret_masked() {
    snap("onboard_keys_typed", &keys_typed());
}

#[test]
fn onboard_keys_reused_from_config() {
    let mut state = onboarding(true);
    act(&mut state, Action::Confirm);
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
    assert!(format!("{:?}", draw(&state, 120, 40).backend()).contains('▀'), "the QR code is drawn");
}

#[test]
fn onboard_saved() {
    snap("onboard_saved", &saved(Ok("/home/ada/.ovh.conf".into())));
}

#[test]
fn onboard_save_failed() {
    snap(
        "onboard_save_failed",
        &saved(Err(ovhcart::app::onboarding::NotSaved {
            error: "cannot write /home/ada/.ovh.conf: Permission denied (os error 13)".into(),
            hint: Some(labels::config_hint(&ConfigError::Write {
                file: "/home/ada/.ovh.conf".into(),
                reason: "Permission denied (os error 13)".into(),
                step: WriteStep::Replace,
            })),
        })),
    );
}
