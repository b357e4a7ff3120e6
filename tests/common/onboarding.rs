//! Fixtures for the onboarding screens: each page reached by intents and the answers the
//! runtime sends.

use ovhcart::api::Secret;
use ovhcart::api::login::PendingKey;
use ovhcart::app::keymap::Action;
use ovhcart::app::*;

use super::init::{init, onboarding_init};

pub const SECRET: &str = "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF";
pub const CONSUMER_KEY: &str = "MtSwSrPpNjqfVSmJhLbPyr2i45lSwPU1";
pub const URL: &str = "https://eu.api.ovh.com/auth/?credentialToken=now2OOAVO4Wp6t7bemyN9DMWIobhGjFNZSHmixtVJM4S7mzjk";

pub fn onboarding(known_keys: bool) -> State {
    State::new(init()).with_onboarding(OnboardingInit {
        application_key: known_keys.then(|| "7kbG7Bk7S9Nt7ZSV".into()),
        application_secret: known_keys.then(|| Secret::new(SECRET)),
        ..onboarding_init()
    })
}

pub fn send(state: &mut State, msg: Msg) -> Vec<Effect> {
    update(state, msg)
}

pub fn act(state: &mut State, action: Action) -> Vec<Effect> {
    update(state, Msg::Act(action))
}

pub fn keys_typed() -> State {
    let mut state = onboarding(false);
    act(&mut state, Action::Confirm);
    send(&mut state, Msg::SetText("7kbG7Bk7S9Nt7ZSV".into()));
    act(&mut state, Action::FocusNext);
    send(&mut state, Msg::SetText(SECRET.into()));
    state
}

pub fn requested() -> (State, u64) {
    let mut state = keys_typed();
    let Effect::RequestConsumerKey { req, .. } = act(&mut state, Action::Confirm).remove(0) else { panic!() };
    (state, req)
}

pub fn waiting() -> (State, u64) {
    let (mut state, req) = requested();
    let pending = PendingKey { consumer_key: Secret::new(CONSUMER_KEY), validation_url: URL.into() };
    let Effect::WaitForValidation { req, .. } =
        send(&mut state, Msg::ConsumerKeyRequested { req, result: Ok(pending) }).remove(0)
    else {
        panic!()
    };
    (state, req)
}

pub fn saved(result: Result<String, ovhcart::app::onboarding::NotSaved>) -> State {
    let (mut state, req) = waiting();
    let Effect::SaveCredentials { req, .. } =
        send(&mut state, Msg::CredentialsValidated { req, result: Ok("ab12345-ovh".into()) }).remove(0)
    else {
        panic!()
    };
    send(&mut state, Msg::CredentialsSaved { req, result });
    state
}
