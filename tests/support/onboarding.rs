//! Fixtures for the onboarding screens: each page reached by the messages the runtime sends.

use std::path::PathBuf;

use ovhcart::api::Secret;
use ovhcart::api::endpoints::{Endpoint, Named};
use ovhcart::api::login::PendingKey;
use ovhcart::app::*;

use super::init;

pub const SECRET: &str = "EXEgWIz07P0HYwtQDs7cNIqCiQaWSuHF";
pub const URL: &str = "https://eu.api.ovh.com/auth/?credentialToken=now2OOAVO4Wp6t7bemyN9DMWIobhGjFNZSHmixtVJM4S7mzjk";

pub fn onboarding(known_keys: bool) -> State {
    State::new(init()).with_onboarding(OnboardingInit {
        endpoint: Endpoint::Named(Named::OvhEu),
        application_key: known_keys.then(|| "7kbG7Bk7S9Nt7ZSV".into()),
        application_secret: known_keys.then(|| Secret::new(SECRET)),
        save_to: Some(PathBuf::from("/home/ada/.ovh.conf")),
        timeout_secs: 600,
    })
}

pub fn send(state: &mut State, msg: Msg) -> Vec<Effect> {
    update(state, msg)
}

pub fn keys_typed() -> State {
    let mut state = onboarding(false);
    send(&mut state, Msg::Key(Key::Enter));
    "7kbG7Bk7S9Nt7ZSV".chars().for_each(|c| {
        send(&mut state, Msg::Key(Key::Char(c)));
    });
    send(&mut state, Msg::Key(Key::Tab));
    send(&mut state, Msg::Paste(SECRET.into()));
    state
}

pub fn requested() -> (State, u64) {
    let mut state = keys_typed();
    let Effect::RequestConsumerKey { req, .. } = send(&mut state, Msg::Key(Key::Enter)).remove(0) else { panic!() };
    (state, req)
}

pub fn waiting() -> (State, u64) {
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
