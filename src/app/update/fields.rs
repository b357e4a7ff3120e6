//! The screens' text fields: an edit forgets what the old text had caused (an error shown
//! for it, a check under way for it).

use crate::app::keymap::Context;
use crate::app::requests::ReqKind;
use crate::app::state::State;
use crate::app::text_field::TextField;

/// Edits the field of the screen `context` names, if it has one.
pub fn edit(state: &mut State, context: Context, apply: impl FnOnce(&mut TextField) -> bool) {
    match context {
        Context::OnboardKeys => super::onboarding::edit(state, apply),
        Context::Subsidiary => {
            let screen = &mut state.subsidiary_screen;
            let before = screen.filter.value().to_owned();
            apply(&mut screen.filter);
            if screen.filter.value() != before {
                screen.settled = true;
                let filtered = state.filtered_subsidiaries();
                let screen = &mut state.subsidiary_screen;
                if !filtered.iter().any(|s| Some(s.code) == screen.highlighted) {
                    screen.highlighted = filtered.first().map(|s| s.code).or(screen.highlighted);
                }
            }
        }
        Context::Name => {
            let before = state.name_field.value().to_owned();
            apply(&mut state.name_field);
            if state.name_field.value() != before {
                state.name_error = None;
            }
        }
        Context::Voucher => {
            let screen = &mut state.voucher_screen;
            let before = screen.field.value().to_owned();
            apply(&mut screen.field);
            if screen.field.value() != before {
                screen.input_error = None;
                screen.refusal = None;
                screen.failure = None;
                // The answer would be about a code that is no longer in the field.
                if screen.checking.take().is_some() {
                    state.requests.forget(ReqKind::VoucherCheck);
                }
            }
        }
        _ => {}
    }
}

/// `Msg::SetText`: the field's text replaced, as clearing it and then typing `text` would
/// (two edits, each forgetting what the text before it had caused).
pub fn set_text(state: &mut State, context: Context, text: &str) {
    edit(state, context, |field| {
        field.clear();
        true
    });
    if !text.is_empty() {
        edit(state, context, |field| {
            field.insert_str(text);
            true
        });
    }
}
