//! The onboarding screens' transitions: endpoint → keys → request → wait → save → wizard.
//! Nothing is saved unless the key was validated and `GET /me` worked with it.

use crate::api::error::ErrorKind;
use crate::api::login::LoginError;
use crate::app::effect::Effect;
use crate::app::keymap::{Action, Context};
use crate::app::msg::Msg;
use crate::app::onboarding::{KeyFocus, KeysRefusal, Onboarding, Page, SavedTo};
use crate::app::requests::{ReqKind, Requests};
use crate::app::scroll::ScrollView;
use crate::app::state::{State, Step};
use crate::app::text_field::TextField;

pub fn act(state: &mut State, context: Context, action: Action, effects: &mut Vec<Effect>) {
    let page = state.page(ScrollView::Endpoints);
    let Some(onboarding) = state.onboarding.as_mut() else { return };
    let requests = &mut state.requests;
    match (context, action) {
        (
            Context::OnboardEndpoint,
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End,
        ) => {
            let (cursor, count) = (onboarding.cursor, onboarding.endpoints.len());
            let moved = match action {
                Action::Up => cursor.saturating_sub(1),
                Action::Down => cursor + 1,
                Action::PageUp => cursor.saturating_sub(page),
                Action::PageDown => cursor + page,
                Action::Home => 0,
                _ => count,
            };
            onboarding.cursor = moved.min(count - 1);
        }
        (Context::OnboardEndpoint, Action::Confirm) => {
            onboarding.fill_known_keys();
            onboarding.page = Page::Keys;
        }
        (Context::OnboardKeys, Action::FocusNext | Action::FocusPrev) => onboarding.focus = other(onboarding.focus),
        (Context::OnboardKeys, Action::Back) => {
            onboarding.refusal = None;
            onboarding.failure = None;
            onboarding.page = Page::Endpoint;
        }
        (Context::OnboardKeys, Action::Confirm) => {
            if onboarding.focus == KeyFocus::ApplicationKey
                && !onboarding.key_field.value().trim().is_empty()
                && onboarding.secret_field.is_empty()
            {
                // Enter in the first field goes to the second, as in any form.
                onboarding.focus = KeyFocus::ApplicationSecret;
            } else {
                request(onboarding, requests, effects);
            }
        }
        (Context::OnboardWaiting, Action::Back) => cancel(onboarding, requests, effects),
        (Context::OnboardSaved, Action::Retry) => save(onboarding, requests, effects),
        (Context::OnboardSaved, Action::Confirm) => finish(state, effects),
        _ => {}
    }
}

/// Types into the focused key field; a change forgets what the old text had caused.
pub fn edit(state: &mut State, apply: impl FnOnce(&mut TextField) -> bool) {
    let Some(onboarding) = state.onboarding.as_mut() else { return };
    let (key_before, secret_before) = (onboarding.key_field.clone(), onboarding.secret_field.clone());
    match onboarding.focus {
        KeyFocus::ApplicationKey => apply(&mut onboarding.key_field),
        KeyFocus::ApplicationSecret => apply(onboarding.secret_field.field_mut()),
    };
    if onboarding.key_field != key_before || onboarding.secret_field != secret_before {
        onboarding.refusal = None;
        onboarding.failure = None;
    }
}

/// `POST /auth/credential`, once both fields hold something and there is a file to save to.
fn request(onboarding: &mut Onboarding, requests: &mut Requests, effects: &mut Vec<Effect>) {
    let application_key = onboarding.key_field.value().trim().to_owned();
    let refusal = if application_key.is_empty() {
        Some((KeysRefusal::EmptyKey, KeyFocus::ApplicationKey))
    } else if onboarding.secret_field.expose().trim().is_empty() {
        Some((KeysRefusal::EmptySecret, KeyFocus::ApplicationSecret))
    } else if onboarding.save_to.is_none() {
        Some((KeysRefusal::NowhereToSave, onboarding.focus))
    } else {
        None
    };
    if let Some((refusal, focus)) = refusal {
        onboarding.refusal = Some(refusal);
        onboarding.focus = focus;
        return;
    }
    onboarding.refusal = None;
    onboarding.failure = None;
    onboarding.pending = None;
    onboarding.page = Page::Requesting;
    effects.push(Effect::RequestConsumerKey {
        req: requests.issue(ReqKind::ConsumerKey),
        endpoint: onboarding.endpoint().clone(),
        application_key,
        application_secret: onboarding.secret_field.to_secret(),
    });
}

/// Esc while requesting or waiting: stop listening and polling; nothing is saved.
fn cancel(onboarding: &mut Onboarding, requests: &mut Requests, effects: &mut Vec<Effect>) {
    if onboarding.page == Page::Saving {
        return;
    }
    requests.forget(ReqKind::ConsumerKey);
    if requests.is_pending(ReqKind::Validation) {
        requests.forget(ReqKind::Validation);
        effects.push(Effect::CancelValidation);
    }
    onboarding.pending = None;
    onboarding.failure = Some(LoginError::Cancelled);
    onboarding.page = Page::Keys;
}

/// Writes the validated keys to the file.
fn save(onboarding: &mut Onboarding, requests: &mut Requests, effects: &mut Vec<Effect>) {
    let (Some(pending), Some(file)) = (&onboarding.pending, &onboarding.save_to) else { return };
    onboarding.page = Page::Saving;
    onboarding.saved = None;
    effects.push(Effect::SaveCredentials {
        req: requests.issue(ReqKind::SaveCredentials),
        file: file.clone(),
        endpoint: onboarding.endpoint().clone(),
        application_key: onboarding.key_field.value().trim().to_owned(),
        application_secret: onboarding.secret_field.to_secret(),
        consumer_key: pending.consumer_key.clone(),
    });
}

/// Enter once saved: the wizard starts on the chosen endpoint with the new key (even when
/// the file could not be written, the key works for this run).
fn finish(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(onboarding) = state.onboarding.take() else { return };
    let Some(pending) = onboarding.pending.clone() else {
        state.onboarding = Some(onboarding);
        return;
    };
    let endpoint = onboarding.endpoint().clone();
    effects.push(Effect::UseCredentials {
        endpoint: endpoint.clone(),
        application_key: onboarding.key_field.value().trim().to_owned(),
        application_secret: onboarding.secret_field.to_secret(),
        consumer_key: pending.consumer_key,
    });
    state.endpoint_label = endpoint.to_string();
    state.subsidiaries = endpoint.sold_subsidiaries();
    let screen = &mut state.subsidiary_screen;
    if !state.subsidiaries.iter().any(|s| Some(s.code) == screen.highlighted) {
        screen.highlighted = state.subsidiaries.first().map(|s| s.code);
        screen.settled = false;
    }
    state.step = Step::Subsidiary;
    effects.extend(super::start(state));
}

/// The answers to onboarding effects; anything else is given back.
pub fn on_answer(state: &mut State, msg: Msg, effects: &mut Vec<Effect>) -> Option<Msg> {
    let requests = &mut state.requests;
    let Some(onboarding) = state.onboarding.as_mut() else {
        return match msg {
            Msg::ConsumerKeyRequested { .. } | Msg::CredentialsValidated { .. } | Msg::CredentialsSaved { .. } => None,
            other => Some(other),
        };
    };
    match msg {
        Msg::ConsumerKeyRequested { req, result } => {
            if !requests.settle(ReqKind::ConsumerKey, req) {
                return None;
            }
            match result {
                Ok(pending) => {
                    effects.push(Effect::WaitForValidation {
                        req: requests.issue(ReqKind::Validation),
                        endpoint: onboarding.endpoint().clone(),
                        application_key: onboarding.key_field.value().trim().to_owned(),
                        application_secret: onboarding.secret_field.to_secret(),
                        consumer_key: pending.consumer_key.clone(),
                        timeout_secs: onboarding.timeout_secs,
                    });
                    onboarding.pending = Some(pending);
                    onboarding.page = Page::Waiting;
                }
                Err(error) => back_to_keys(onboarding, LoginError::Api(error)),
            }
        }
        Msg::CredentialsValidated { req, result } => {
            if !requests.settle(ReqKind::Validation, req) {
                return None;
            }
            match result {
                Ok(account) => {
                    onboarding.account = Some(account);
                    save(onboarding, requests, effects);
                }
                Err(error) => back_to_keys(onboarding, error),
            }
        }
        Msg::CredentialsSaved { req, result } => {
            if !requests.settle(ReqKind::SaveCredentials, req) {
                return None;
            }
            let section = onboarding.endpoint().config_section();
            onboarding.saved = Some(result.map(|file| SavedTo { file, section }));
            onboarding.page = Page::Saved;
        }
        other => return Some(other),
    }
    None
}

/// A failed attempt is shown on the key fields; a key the API does not know puts the
/// cursor on it.
fn back_to_keys(onboarding: &mut Onboarding, error: LoginError) {
    let bad_key = match &error {
        LoginError::Api(e) => e.kind == ErrorKind::InvalidCredentials,
        _ => false,
    };
    if bad_key {
        onboarding.focus = KeyFocus::ApplicationKey;
    }
    onboarding.pending = None;
    onboarding.failure = Some(error);
    onboarding.page = Page::Keys;
}

fn other(focus: KeyFocus) -> KeyFocus {
    match focus {
        KeyFocus::ApplicationKey => KeyFocus::ApplicationSecret,
        KeyFocus::ApplicationSecret => KeyFocus::ApplicationKey,
    }
}
