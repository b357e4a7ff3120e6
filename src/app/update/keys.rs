//! Key presses and pastes from the full screen. A key is read through the keymap of the
//! current screen or overlay: a bound key becomes its [`Action`](crate::app::keymap::Action)
//! and is handled as the intent `Msg::Act` is (`intents`), so the footer and the help, drawn
//! from the same keymap, say what works; an unbound key edits the screen's text field.

use super::{fields, intents};
use crate::app::effect::Effect;
use crate::app::key::Key;
use crate::app::keymap;
use crate::app::state::State;

pub fn on_key(state: &mut State, key: Key, effects: &mut Vec<Effect>) {
    let context = keymap::context(state);
    match keymap::binding_for(context, key) {
        Some(binding) => intents::on_intent(state, binding.action, effects),
        None => fields::edit(state, context, |field| field.edit(key)),
    }
}

pub fn on_paste(state: &mut State, text: &str) {
    let context = keymap::context(state);
    fields::edit(state, context, |field| {
        field.insert_str(text);
        true
    });
}
