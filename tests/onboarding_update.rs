//! The onboarding screens' transitions, refusals, cancel, timeout and errors, through
//! `update` alone; and that no effect or message ever shows the secret or consumer key.

mod common;

use std::time::Duration;

use common::fixtures::*;
use common::init::onboarding_init;
use common::onboarding::{CONSUMER_KEY, SECRET, URL};
use common::scripted::Wizard;
use ovhcart::api::Secret;
use ovhcart::api::endpoints::{Endpoint, Named};
use ovhcart::api::error::{ApiError, ErrorKind, Outcome};
use ovhcart::api::login::{LoginError, PendingKey};
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::onboarding::{KeyFocus, KeysRefusal, Page};
use ovhcart::app::*;

/// Every message sent and effect returned, to check none shows a secret.
struct Onboard {
    w: Wizard,
    seen: Vec<String>,
}

impl Onboard {
    fn new(init: OnboardingInit) -> Self {
        let mut state = State::new(common::init::init()).with_onboarding(init);
        let pending = start(&mut state);
        assert!(pending.is_empty(), "nothing is asked of the API before there are keys");
        Onboard { w: Wizard { state, pending, unanswered: Vec::new() }, seen: Vec::new() }
    }

    fn send(&mut self, msg: Msg) -> Vec<Effect> {
        self.seen.push(format!("{msg:?}"));
        let effects = self.w.send(msg);
        self.seen.extend(effects.iter().map(|e| format!("{e:?}")));
        effects
    }

    fn act(&mut self, action: Action) -> Vec<Effect> {
        self.send(Msg::Act(action))
    }

    fn set_text(&mut self, text: &str) -> Vec<Effect> {
        self.send(Msg::SetText(text.into()))
    }

    fn key(&mut self, key: Key) -> Vec<Effect> {
        self.send(Msg::Key(key))
    }

    fn type_text(&mut self, text: &str) {
        text.chars().for_each(|c| {
            self.key(Key::Char(c));
        });
    }

    fn page(&self) -> Page {
        self.w.state.onboarding.as_ref().expect("onboarding").page
    }

    fn onboarding(&self) -> &ovhcart::app::onboarding::Onboarding {
        self.w.state.onboarding.as_ref().expect("onboarding")
    }

    /// On the key fields with the key and the secret filled in.
    fn at_keys_filled() -> Self {
        let mut o = Onboard::new(onboarding_init());
        o.act(Action::Confirm);
        o.set_text("7kbG7Bk7S9Nt7ZSV");
        o.act(Action::FocusNext);
        o.set_text(SECRET);
        o
    }

    /// Requested and answered: waiting for the validation.
    fn waiting() -> (Self, u64) {
        let mut o = Onboard::at_keys_filled();
        let effects = o.act(Action::Confirm);
        let [Effect::RequestConsumerKey { req, .. }] = effects.as_slice() else { panic!("{effects:?}") };
        let effects = o.send(Msg::ConsumerKeyRequested { req: *req, result: Ok(pending()) });
        let [Effect::WaitForValidation { req, .. }] = effects.as_slice() else { panic!("{effects:?}") };
        (o, *req)
    }

    fn assert_never_shown(&self) {
        for line in &self.seen {
            assert!(!line.contains(SECRET) && !line.contains(CONSUMER_KEY), "a secret in {line}");
        }
        let state = format!("{:?}", self.w.state);
        assert!(!state.contains(SECRET) && !state.contains(CONSUMER_KEY), "a secret in the state's Debug");
    }
}

fn pending() -> PendingKey {
    PendingKey { consumer_key: Secret::new(CONSUMER_KEY), validation_url: URL.into() }
}

fn invalid_key() -> ApiError {
    let mut error = api_error(ErrorKind::InvalidCredentials, Outcome::NotApplied, "Invalid application key");
    error.error_code = Some("INVALID_KEY".into());
    error.status = Some(403);
    error
}

#[test]
fn starts_on_the_endpoint_list_with_the_configured_one_highlighted() {
    let o = Onboard::new(OnboardingInit { endpoint: Endpoint::Named(Named::OvhCa), ..onboarding_init() });
    assert_eq!(o.page(), Page::Endpoint);
    assert_eq!(o.onboarding().endpoint(), &Endpoint::Named(Named::OvhCa));
    assert_eq!(keymap::context(&o.w.state), Context::OnboardEndpoint);
    assert!(!o.w.state.is_busy());

    // A custom URL (a sandbox, a proxy) is offered first.
    let custom = Endpoint::parse("http://127.0.0.1:8080/1.0").unwrap();
    let o = Onboard::new(OnboardingInit { endpoint: custom.clone(), ..onboarding_init() });
    assert_eq!(o.onboarding().endpoints.len(), 4);
    assert_eq!(o.onboarding().endpoint(), &custom);
}

#[test]
fn the_endpoint_is_chosen_with_the_arrows_and_enter() {
    let mut o = Onboard::new(onboarding_init());
    o.key(Key::Down);
    o.key(Key::Down);
    o.key(Key::Down);
    assert_eq!(o.onboarding().endpoint(), &Endpoint::Named(Named::OvhUs), "stops at the last");
    o.key(Key::Up);
    o.key(Key::Enter);
    assert_eq!(o.page(), Page::Keys);
    assert_eq!(o.onboarding().endpoint(), &Endpoint::Named(Named::OvhCa));
    o.key(Key::Esc);
    assert_eq!(o.page(), Page::Endpoint, "Esc goes back to the endpoint");
}

#[test]
fn configured_keys_are_reused_only_with_their_endpoint() {
    let init = OnboardingInit {
        application_key: Some("knownKey".into()),
        application_secret: Some(Secret::new(SECRET)),
        ..onboarding_init()
    };
    let mut o = Onboard::new(init);
    o.act(Action::Confirm);
    assert_eq!(o.onboarding().key_field.value(), "knownKey");
    assert_eq!(o.onboarding().secret_field.expose(), SECRET);
    o.act(Action::Back);
    o.act(Action::Down);
    o.act(Action::Confirm);
    assert!(o.onboarding().key_field.is_empty() && o.onboarding().secret_field.is_empty(), "not for ovh-ca");
    o.assert_never_shown();
}

#[test]
fn empty_key_or_secret_is_refused_before_anything_is_sent() {
    let mut o = Onboard::new(onboarding_init());
    o.act(Action::Confirm);
    assert!(o.key(Key::Enter).is_empty());
    assert_eq!(o.onboarding().refusal, Some(KeysRefusal::EmptyKey));
    assert_eq!(o.onboarding().focus, KeyFocus::ApplicationKey);

    o.type_text("7kbG7Bk7S9Nt7ZSV");
    assert_eq!(o.onboarding().refusal, None, "typing clears the refusal");
    assert!(o.key(Key::Enter).is_empty());
    assert_eq!(o.onboarding().focus, KeyFocus::ApplicationSecret, "Enter in the key goes to the secret");
    assert!(o.key(Key::Enter).is_empty());
    assert_eq!(o.onboarding().refusal, Some(KeysRefusal::EmptySecret));
    o.type_text("   ");
    assert!(o.key(Key::Enter).is_empty(), "blanks are not a secret");
    assert_eq!(o.page(), Page::Keys);
}

#[test]
fn nowhere_to_save_is_refused() {
    let mut o = Onboard::new(OnboardingInit { save_to: None, ..onboarding_init() });
    o.act(Action::Confirm);
    o.set_text("key");
    o.act(Action::FocusNext);
    o.set_text("secret");
    assert!(o.act(Action::Confirm).is_empty());
    assert_eq!(o.onboarding().refusal, Some(KeysRefusal::NowhereToSave));
}

#[test]
fn letters_are_text_in_the_key_fields() {
    let mut o = Onboard::new(onboarding_init());
    o.act(Action::Confirm);
    o.type_text("L?rqc");
    assert_eq!(o.onboarding().key_field.value(), "L?rqc");
    assert!(o.w.state.overlay.is_none());
    o.key(Key::Tab);
    o.type_text("ab");
    o.key(Key::Backspace);
    assert_eq!(o.onboarding().secret_field.expose(), "a");
    assert_eq!(o.onboarding().secret_field.masked().value(), "*");
    o.key(Key::BackTab);
    assert_eq!(o.onboarding().focus, KeyFocus::ApplicationKey);
}

#[test]
fn the_whole_onboarding_then_the_wizard_starts_with_the_new_keys() {
    let mut o = Onboard::at_keys_filled();
    let effects = o.act(Action::Confirm);
    let [Effect::RequestConsumerKey { req, endpoint, application_key, application_secret }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!((endpoint, application_key.as_str()), (&Endpoint::Named(Named::OvhEu), "7kbG7Bk7S9Nt7ZSV"));
    assert_eq!(application_secret.expose(), SECRET);
    assert_eq!(o.page(), Page::Requesting);
    assert!(o.w.state.is_busy());
    assert_eq!(keymap::context(&o.w.state), Context::OnboardWaiting);

    let effects = o.send(Msg::ConsumerKeyRequested { req: *req, result: Ok(pending()) });
    let [Effect::WaitForValidation { req, consumer_key, timeout_secs, .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!((consumer_key.expose(), *timeout_secs), (CONSUMER_KEY, 600));
    assert_eq!(o.page(), Page::Waiting);
    assert_eq!(o.onboarding().pending.as_ref().map(|p| p.validation_url.as_str()), Some(URL));

    let effects = o.send(Msg::CredentialsValidated { req: *req, result: Ok("ab12345-ovh".into()) });
    let [Effect::SaveCredentials { req, file, endpoint, consumer_key, .. }] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!((file.to_str(), endpoint.to_string()), (Some("/home/ada/.ovh.conf"), "ovh-eu".into()));
    assert_eq!(consumer_key.expose(), CONSUMER_KEY);
    assert_eq!(o.page(), Page::Saving);
    assert!(!keymap::is_available(&o.w.state, Action::Back), "too late to cancel");
    assert!(o.act(Action::Back).is_empty());

    assert!(o.send(Msg::CredentialsSaved { req: *req, result: Ok("/home/ada/.ovh.conf".into()) }).is_empty());
    assert_eq!(o.page(), Page::Saved);
    let saved = o.onboarding().saved.clone().unwrap().unwrap();
    assert_eq!((saved.file.as_str(), saved.section.as_str()), ("/home/ada/.ovh.conf", "ovh-eu"));
    assert!(!keymap::is_available(&o.w.state, Action::Retry));

    let effects = o.act(Action::Confirm);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::UseCredentials { consumer_key, .. }, Effect::LoadAccount { .. }, Effect::ListCarts { .. }]
                if consumer_key.expose() == CONSUMER_KEY
        ),
        "{effects:?}"
    );
    assert!(o.w.state.onboarding.is_none());
    assert_eq!((o.w.state.step, o.w.state.endpoint_label.as_str()), (Step::Subsidiary, "ovh-eu"));
    assert_eq!(keymap::context(&o.w.state), Context::Subsidiary);
    o.assert_never_shown();
}

#[test]
fn each_page_keeps_the_qr_code_of_its_link_made_once() {
    let qr_url = |o: &Onboard| o.onboarding().qr.as_ref().map(|qr| qr.url.clone());
    let mut o = Onboard::new(onboarding_init());
    assert_eq!(qr_url(&o), None, "the endpoint list has no link");
    o.act(Action::Down);
    o.act(Action::Confirm);
    let create_app = Endpoint::Named(Named::OvhCa).create_app_url();
    assert_eq!(qr_url(&o), Some(create_app.clone()), "the keys page: where to create the keys");
    let code = o.onboarding().qr.clone().unwrap().code.expect("a QR code");
    assert_eq!(code, ovhcart::qr::render(&create_app).unwrap());
    o.act(Action::Back);
    o.act(Action::Up);
    o.act(Action::Confirm);
    assert_eq!(qr_url(&o), Some(Endpoint::Named(Named::OvhEu).create_app_url()), "follows the endpoint chosen");

    let (o, _) = Onboard::waiting();
    assert_eq!(qr_url(&o), Some(URL.into()), "while waiting: the validation link");
    assert!(o.onboarding().qr.as_ref().unwrap().code.is_some());
}

#[test]
fn choosing_another_endpoint_switches_the_wizard_to_its_subsidiaries() {
    let mut o = Onboard::new(onboarding_init());
    o.act(Action::Down);
    o.act(Action::Confirm);
    o.set_text("caKey");
    o.act(Action::FocusNext);
    o.set_text("caSecret");
    let Effect::RequestConsumerKey { req, .. } = o.act(Action::Confirm).remove(0) else { panic!() };
    let Effect::WaitForValidation { req, .. } =
        o.send(Msg::ConsumerKeyRequested { req, result: Ok(pending()) }).remove(0)
    else {
        panic!()
    };
    let Effect::SaveCredentials { req, .. } =
        o.send(Msg::CredentialsValidated { req, result: Ok("ab12345-ovh".into()) }).remove(0)
    else {
        panic!()
    };
    o.send(Msg::CredentialsSaved { req, result: Ok("/home/ada/.ovh.conf".into()) });
    assert_eq!(o.onboarding().saved.clone().unwrap().unwrap().section, "ovh-ca");
    o.act(Action::Confirm);
    assert_eq!(o.w.state.endpoint_label, "ovh-ca");
    assert!(o.w.state.subsidiaries.iter().any(|s| s.code == "CA"));
    assert!(!o.w.state.subsidiaries.iter().any(|s| s.code == "FR"));
    assert!(
        o.w.state.subsidiary_screen.highlighted.is_some_and(|c| o.w.state.subsidiaries.iter().any(|s| s.code == c))
    );
}

#[test]
fn esc_while_waiting_cancels_and_saves_nothing() {
    let (mut o, req) = Onboard::waiting();
    let effects = o.key(Key::Esc);
    assert_eq!(effects, [Effect::CancelValidation]);
    assert_eq!(o.page(), Page::Keys);
    assert_eq!(o.onboarding().failure, Some(LoginError::Cancelled));
    assert!(o.onboarding().pending.is_none());
    assert!(!o.w.state.is_busy());
    // A validation that lands anyway is not saved.
    assert!(o.send(Msg::CredentialsValidated { req, result: Ok("ab12345-ovh".into()) }).is_empty());
    assert_eq!(o.page(), Page::Keys);
    // The fields are kept: Enter asks again.
    assert!(matches!(o.key(Key::Enter).as_slice(), [Effect::RequestConsumerKey { .. }]));
}

#[test]
fn esc_while_requesting_drops_the_answer() {
    let mut o = Onboard::at_keys_filled();
    let Effect::RequestConsumerKey { req, .. } = o.act(Action::Confirm).remove(0) else { panic!() };
    assert!(o.key(Key::Esc).is_empty(), "nothing to cancel in the executor yet");
    assert!(o.send(Msg::ConsumerKeyRequested { req, result: Ok(pending()) }).is_empty());
    assert_eq!(o.page(), Page::Keys);
}

#[test]
fn ctrl_c_while_waiting_cancels_then_quits() {
    let (mut o, _) = Onboard::waiting();
    assert_eq!(o.key(Key::Ctrl('c')), [Effect::CancelValidation, Effect::Quit { code: 130 }]);
}

#[test]
fn a_timeout_or_a_refusal_goes_back_to_the_keys_with_the_reason() {
    let (mut o, req) = Onboard::waiting();
    let timed_out = LoginError::TimedOut { after: Duration::from_secs(600) };
    assert!(o.send(Msg::CredentialsValidated { req, result: Err(timed_out.clone()) }).is_empty());
    assert_eq!((o.page(), o.onboarding().failure.clone()), (Page::Keys, Some(timed_out)));
    assert!(o.onboarding().pending.is_none());

    let (mut o, req) = Onboard::waiting();
    let refused = LoginError::NotValidated { state: "refused".into() };
    o.send(Msg::CredentialsValidated { req, result: Err(refused.clone()) });
    assert_eq!(o.onboarding().failure, Some(refused));
    assert!(matches!(o.act(Action::Confirm).as_slice(), [Effect::RequestConsumerKey { .. }]), "try again");
    assert_eq!(o.onboarding().failure, None);
}

#[test]
fn an_unknown_application_key_puts_the_cursor_on_it() {
    let mut o = Onboard::at_keys_filled();
    assert_eq!(o.onboarding().focus, KeyFocus::ApplicationSecret);
    let Effect::RequestConsumerKey { req, .. } = o.act(Action::Confirm).remove(0) else { panic!() };
    o.send(Msg::ConsumerKeyRequested { req, result: Err(invalid_key()) });
    assert_eq!(o.page(), Page::Keys);
    assert_eq!(o.onboarding().focus, KeyFocus::ApplicationKey);
    assert!(
        matches!(&o.onboarding().failure, Some(LoginError::Api(e)) if e.error_code.as_deref() == Some("INVALID_KEY"))
    );
    o.key(Key::Backspace);
    assert_eq!(o.onboarding().failure, None, "editing clears it");
}

#[test]
fn a_failed_save_can_be_retried_or_skipped() {
    let (mut o, req) = Onboard::waiting();
    let Effect::SaveCredentials { req, .. } =
        o.send(Msg::CredentialsValidated { req, result: Ok("ab12345-ovh".into()) }).remove(0)
    else {
        panic!()
    };
    o.send(Msg::CredentialsSaved { req, result: Err("cannot write /home/ada/.ovh.conf: denied".into()) });
    assert_eq!(o.page(), Page::Saved);
    assert!(keymap::is_available(&o.w.state, Action::Retry));
    let effects = o.act(Action::Retry);
    assert!(matches!(effects.as_slice(), [Effect::SaveCredentials { .. }]));
    assert_eq!(o.page(), Page::Saving);
    let Effect::SaveCredentials { req, .. } = effects[0].clone() else { panic!() };
    o.send(Msg::CredentialsSaved { req, result: Err("still denied".into()) });
    // The key works for this run even unsaved.
    assert!(matches!(o.act(Action::Confirm).first(), Some(Effect::UseCredentials { .. })));
    assert!(o.w.state.onboarding.is_none());
}

#[test]
fn stale_or_foreign_answers_are_dropped() {
    let (mut o, req) = Onboard::waiting();
    assert!(o.send(Msg::CredentialsValidated { req: req + 100, result: Ok("x".into()) }).is_empty());
    assert!(o.send(Msg::CredentialsSaved { req, result: Ok("x".into()) }).is_empty());
    assert_eq!(o.page(), Page::Waiting);
    // Outside onboarding they mean nothing.
    let mut w = Wizard::new();
    assert!(w.send(Msg::CredentialsSaved { req: 1, result: Ok("x".into()) }).is_empty());
}

#[test]
fn help_and_language_work_on_every_page() {
    let mut o = Onboard::new(onboarding_init());
    o.key(Key::Char('?'));
    assert_eq!(keymap::context(&o.w.state), Context::Help);
    o.key(Key::Esc);
    assert_eq!(keymap::context(&o.w.state), Context::OnboardEndpoint);
    o.key(Key::F(2));
    assert_ne!(o.w.state.lang, ovhcart::i18n::Lang::En);
    o.key(Key::Enter);
    o.key(Key::F(1));
    assert_eq!(keymap::context(&o.w.state), Context::Help);
}

#[test]
fn debug_output_never_shows_the_secret_or_the_consumer_key() {
    let (mut o, req) = Onboard::waiting();
    let effects = o.send(Msg::CredentialsValidated { req, result: Ok("ab12345-ovh".into()) });
    let Effect::SaveCredentials { req, .. } = effects[0].clone() else { panic!() };
    o.send(Msg::CredentialsSaved { req, result: Ok("/home/ada/.ovh.conf".into()) });
    o.act(Action::Confirm);
    o.assert_never_shown();
    assert!(o.seen.iter().any(|line| line.contains("Secret(***)")), "secrets were there, masked");
}
