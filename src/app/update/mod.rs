//! `update`: the only place the state changes. Pure and synchronous; IO is returned as
//! effects.

mod clicks;
mod keys;
mod pipeline;
mod results;

use super::effect::Effect;
use super::msg::Msg;
use super::requests::ReqKind;
use super::state::{Remote, State};

/// The effects to run when the wizard starts: the first frame needs none of them.
pub fn start(state: &mut State) -> Vec<Effect> {
    state.account = Remote::Loading;
    vec![Effect::LoadAccount { req: state.requests.issue(ReqKind::Account) }]
}

/// Applies one message and returns the IO it calls for.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let mut effects = Vec::new();
    match msg {
        Msg::Key(key) => keys::on_key(state, key, &mut effects),
        Msg::Paste(text) => keys::on_paste(state, &text),
        Msg::Click(click) => clicks::on_click(state, click),
        Msg::Resize { w, h } => state.size = Some((w, h)),
        Msg::Tick => {
            if state.is_busy() {
                state.spinner = state.spinner.wrapping_add(1);
            }
        }
        answer => results::on_answer(state, answer, &mut effects),
    }
    if !effects.iter().any(|effect| matches!(effect, Effect::Quit { .. })) {
        pipeline::reconcile(state, &mut effects);
    }
    effects
}
