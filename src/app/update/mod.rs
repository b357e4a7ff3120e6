//! `update`: the only place the state changes. Pure and synchronous; IO is returned as
//! effects.
//!
//! What the person does arrives as keys, pastes and clicks from the full screen, or as
//! intents (`Act`, `Focus`, `SetText`) from a front end without keys and from tests. Keys
//! are routed through the keymap (`keys`) to the same intents (`intents`); the steps'
//! transitions are in `steps`, the review and the order in `review`.

mod browser;
mod clicks;
mod fields;
mod intents;
mod keys;
mod onboarding;
mod pipeline;
mod results;
mod resume;
mod review;
mod steps;

pub use resume::assumed_subsidiary;

use super::effect::Effect;
use super::key::Key;
use super::keymap;
use super::msg::Msg;
use super::requests::ReqKind;
use super::state::{Notice, Remote, State};

/// The effects to run when the wizard starts: the first frame needs none of them. The
/// account's carts are listed too, for the start screen.
pub fn start(state: &mut State) -> Vec<Effect> {
    // Onboarding first: the wizard starts (`onboarding::finish`) once there is a key.
    if state.onboarding.is_some() {
        return Vec::new();
    }
    state.account = Remote::Loading;
    let mut effects = vec![Effect::LoadAccount { req: state.requests.issue(ReqKind::Account) }];
    if state.earlier.is_loading() {
        // The carts are listed once earlier runs are settled: a checkout settled meanwhile
        // changes what the list says of its cart.
        state.browser.may_open_at_start = state.start_screen;
        effects.push(Effect::SettleEarlierRuns);
    } else {
        browser::start(state, &mut effects);
    }
    effects
}

/// Whether `msg` is something the person does that must wait until the screen can be drawn:
/// any key but Ctrl-C, and any intent but the one Ctrl-C is bound to here.
fn needs_the_screen(state: &State, msg: &Msg) -> bool {
    match msg {
        Msg::Key(key) => *key != Key::Ctrl('c'),
        Msg::Act(action) => {
            keymap::binding_for(keymap::context(state), Key::Ctrl('c')).is_none_or(|ctrl_c| ctrl_c.action != *action)
        }
        Msg::Paste(_) | Msg::Click(_) | Msg::Focus(_) | Msg::SetText(_) => true,
        _ => false,
    }
}

/// Applies one message and returns the IO it calls for.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut effects = Vec::new();
    match msg {
        // Nothing acts blind: while the screen cannot be drawn, only Ctrl-C does (its
        // question is drawn in a smaller space, or it quits). Only the full screen reports a
        // size: a front end without one (plain) is never blind.
        msg if !state.drawable() && needs_the_screen(state, &msg) => {}
        // What the screen showed: read by the next page key, acting on nothing now.
        Msg::Viewport(viewport) => state.viewport = Some(viewport),
        Msg::UrlOpened { req, result } => {
            if state.requests.settle(ReqKind::Browser, req) {
                state.notice = Some(match result {
                    Ok(program) => Notice::Opened { program },
                    Err(why) => Notice::NotOpened { why },
                });
            }
        }
        msg @ (Msg::Key(_) | Msg::Act(_) | Msg::Focus(_) | Msg::SetText(_) | Msg::Paste(_) | Msg::Click(_))
            if state.notice.is_some() =>
        {
            // What the status line said was about the last key: the next one clears it.
            state.notice = None;
            return update(state, msg);
        }
        Msg::Key(key) => {
            // Someone is using the wizard: the start screen must not pop up under their keys.
            state.browser.may_open_at_start = false;
            state.pasted_controls = None;
            keys::on_key(state, key, &mut effects);
        }
        Msg::Act(action) => {
            state.browser.may_open_at_start = false;
            intents::on_intent(state, action, &mut effects);
        }
        Msg::Focus(focus) => {
            state.browser.may_open_at_start = false;
            intents::focus(state, focus);
        }
        Msg::SetText(text) => {
            state.browser.may_open_at_start = false;
            state.pasted_controls = None;
            fields::set_text(state, keymap::context(state), &text.0);
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
    review::keep_focus(state);
    if let Some(onboarding) = &mut state.onboarding {
        onboarding.refresh_qr();
    }
    effects
}
