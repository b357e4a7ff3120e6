//! `update`: the only place the state changes. Pure and synchronous; IO is returned as
//! effects.

mod browser;
mod clicks;
mod keys;
mod onboarding;
mod pipeline;
mod results;
mod resume;

pub use resume::assumed_subsidiary;

use super::effect::Effect;
use super::key::Key;
use super::msg::Msg;
use super::requests::ReqKind;
use super::state::{Remote, State};

/// The effects to run when the wizard starts: the first frame needs none of them. The
/// account's carts are listed too, for the start screen.
pub fn start(state: &mut State) -> Vec<Effect> {
    // Onboarding first: the wizard starts (`onboarding::finish`) once there is a key.
    if state.onboarding.is_some() {
        return Vec::new();
    }
    state.account = Remote::Loading;
    let mut effects = vec![Effect::LoadAccount { req: state.requests.issue(ReqKind::Account) }];
    browser::start(state, &mut effects);
    effects
}

/// Applies one message and returns the IO it calls for.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut effects = Vec::new();
    match msg {
        // Nothing acts blind: while the screen cannot be drawn, only Ctrl-C does (its
        // question is drawn in a smaller space, or it quits).
        Msg::Key(key) if !state.drawable() && key != Key::Ctrl('c') => {}
        Msg::Paste(_) | Msg::Click(_) if !state.drawable() => {}
        Msg::Key(key) => {
            // Someone is using the wizard: the start screen must not pop up under their keys.
            state.browser.may_open_at_start = false;
            keys::on_key(state, key, &mut effects);
        }
        Msg::Paste(text) => keys::on_paste(state, &text.0),
        Msg::Click(click) => clicks::on_click(state, click),
        Msg::Resize { w, h } => state.size = Some((w, h)),
        Msg::Tick => {
            if state.is_busy() {
                state.spinner = state.spinner.wrapping_add(1);
            }
        }
        Msg::Retrying { attempt } => state.retrying = Some(attempt),
        answer => {
            // An answer came: whatever was being retried is over.
            state.retrying = None;
            let answer = onboarding::on_answer(state, answer, &mut effects)
                .and_then(|answer| browser::on_answer(state, answer, &mut effects));
            if let Some(answer) = answer {
                results::on_answer(state, answer, &mut effects);
            }
        }
    }
    if !effects.iter().any(|effect| matches!(effect, Effect::Quit { .. })) {
        pipeline::reconcile(state, &mut effects);
    }
    if let Some(onboarding) = &mut state.onboarding {
        onboarding.refresh_qr();
    }
    effects
}
