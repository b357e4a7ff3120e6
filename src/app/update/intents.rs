//! Intents: what an [`Action`] does in the current screen or overlay. A bound key arrives
//! here through the keymap (`keys`), and `Msg::Act` straight from a front end without keys
//! or a test; both act only where the keymap binds the action and offers it now. The steps'
//! transitions are in `steps`, the review and the order in `review`.

use super::pipeline::request_cart;
use super::{review, steps};
use crate::app::effect::{Effect, OptionKind};
use crate::app::failures::{FailureSlot, visible_failure};
use crate::app::keymap::{self, Action, Context};
use crate::app::links;
use crate::app::msg::Focus;
use crate::app::requests::ReqKind;
use crate::app::screens::OrderRefusal;
use crate::app::scroll::{self, ScrollView};
use crate::app::state::{Notice, OrderState, Overlay, Remote, State, Step};
use crate::app::validate::default_project_name;

/// Does what `action` asks for here, if the keymap binds it here and offers it now (the
/// footer shows exactly those).
pub fn on_intent(state: &mut State, action: Action, effects: &mut Vec<Effect>) {
    let context = keymap::context(state);
    if keymap::binds(context, action) && keymap::is_available(state, action) {
        act(state, context, action, effects);
    }
}

fn act(state: &mut State, context: Context, action: Action, effects: &mut Vec<Effect>) {
    // Wherever they are bound: the address shown is opened or copied, the help scrolls.
    match (context, action) {
        (_, Action::OpenUrl) => return open_url(state, effects),
        (_, Action::CopyUrl) => return copy_url(state, effects),
        (Context::Help, Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End) => {
            state.help_scroll = scroll::scroll_top(state, ScrollView::Help, Some(state.help_scroll), action);
            return;
        }
        _ => {}
    }
    let onboarding_screen = keymap::screen_context(state).is_onboarding();
    if context.is_onboarding() || (onboarding_screen && context == Context::Help) {
        match action {
            Action::Help => open_help(state),
            Action::Close => state.overlay = None,
            Action::Quit => quit(state, effects),
            Action::SwitchLanguage => switch_language(state),
            _ => super::onboarding::act(state, context, action, effects),
        }
        return;
    }
    if matches!(context, Context::Carts | Context::CartDetail | Context::ConfirmDelete) {
        match action {
            Action::Help => open_help(state),
            Action::Quit => quit(state, effects),
            Action::SwitchLanguage => switch_language(state),
            _ => super::browser::act(state, context, action, effects),
        }
        return;
    }
    match action {
        Action::Help => open_help(state),
        Action::Quit => quit(state, effects),
        Action::Retry => retry(state, effects),
        Action::Carts => super::browser::open(state, effects),
        Action::SwitchLanguage => switch_language(state),
        _ => {}
    }
    match (context, action) {
        (Context::Subsidiary, Action::Confirm) => steps::choose_subsidiary(state, effects),
        (
            Context::Subsidiary,
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End,
        ) => {
            steps::move_subsidiary(state, action);
        }
        (Context::Subsidiary, Action::Back) => {
            if state.subsidiary_screen.filter.is_empty() {
                quit(state, effects);
            } else {
                state.subsidiary_screen.filter.clear();
            }
        }
        (Context::Plan, Action::Confirm) => steps::choose_plan(state, effects),
        (Context::Plan, Action::Toggle) => steps::toggle_option(state, OptionKind::Hds),
        (Context::Plan, Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End) => {
            steps::move_plan(state, action);
        }
        (Context::Name, Action::Confirm) => steps::confirm_name(state),
        (Context::Voucher, Action::Confirm) => steps::confirm_voucher(state, effects),
        (Context::Plan | Context::Name | Context::Voucher | Context::Review, Action::Back) => steps::back(state),
        (Context::Review, Action::FocusNext) => review::move_focus(state, 1),
        (Context::Review, Action::FocusPrev) => review::move_focus(state, -1),
        // A box or button scrolled out of sight is shown before anything is done to it.
        (Context::Review, Action::Toggle | Action::Confirm) if review::focus_hidden(state) => review::reveal(state),
        (
            Context::Review,
            Action::PageUp | Action::PageDown | Action::Home | Action::End | Action::ScrollUp | Action::ScrollDown,
        ) => review::scroll(state, action),
        (Context::Review, Action::Toggle) => review::toggle(state),
        (Context::Review, Action::Confirm) => review::activate(state),
        // Only a checkout refused before anything happened goes back (`is_available`).
        (Context::OrderFailed, Action::Back) => {
            state.order = OrderState::NotPlaced;
            steps::back(state);
        }
        (
            Context::OrderFailed | Context::OrderUnknown | Context::OrderFollowing | Context::OrderDone,
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End,
        ) => state.order_scroll = scroll::scroll_top(state, ScrollView::Order, Some(state.order_scroll), action),
        (Context::OrderUnknown, Action::Recheck) => review::recheck(state, effects),
        (Context::OrderUnknown, Action::Back) => {
            if let Some(step) = state.maybe_placed().and_then(|m| m.earlier_run) {
                state.requests.forget(ReqKind::Recheck);
                state.order = OrderState::NotPlaced;
                state.step = step;
            }
        }
        (Context::OrderFollowing, Action::Leave) | (Context::OrderDone, Action::Finish) => {
            effects.push(Effect::Quit { code: 0 });
        }
        (
            Context::Contract,
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End,
        ) => {
            scroll_contract(state, action);
        }
        (Context::ConfirmQuit, Action::KeepCart) => effects.push(Effect::Quit { code: 130 }),
        (Context::ConfirmQuit, Action::DeleteCart) => {
            if let Some(cart_id) = state.cart_id() {
                effects.push(Effect::DeleteCart { cart_id: cart_id.to_owned() });
            }
            effects.push(Effect::Quit { code: 130 });
        }
        (Context::ConfirmOrder, Action::Confirm) => review::place_order(state, effects),
        (
            Context::Help | Context::Contract | Context::ConfirmQuit | Context::ConfirmOrder | Context::Error,
            Action::Close,
        ) => {
            state.overlay = None;
        }
        _ => {}
    }
}

/// `Msg::Focus`: moves the highlight or focus of the screen showing, as the arrow keys or
/// Tab would; anything else (another screen, an overlay over it) ignores it.
pub fn focus(state: &mut State, focus: Focus) {
    match (keymap::context(state), focus) {
        (Context::Subsidiary, Focus::Subsidiary(index)) => steps::highlight_subsidiary(state, index),
        (Context::Plan, Focus::Plan(index)) => steps::highlight_plan(state, index),
        (Context::Review, Focus::Review(target)) => review::set_focus(state, target),
        _ => {}
    }
}

/// Ctrl-C: a cart nobody ordered from is not left behind without asking.
fn quit(state: &mut State, effects: &mut Vec<Effect>) {
    if state.requests.is_pending(ReqKind::Validation) {
        effects.push(Effect::CancelValidation);
    }
    if state.has_open_cart() {
        state.overlay = Some(Overlay::ConfirmQuit);
    } else {
        effects.push(Effect::Quit { code: 130 });
    }
}

/// The next language. Consent is given to a text as shown, and the receipt records that
/// text's language: every ticked box is unticked, to be ticked again in the new one.
fn switch_language(state: &mut State) {
    let default_name = default_project_name(state.lang, &state.today);
    state.lang = state.lang.next();
    // The default name follows the language until someone changes or confirms it.
    if state.name_field.value() == default_name && state.draft.name.is_none() {
        state.name_field.set(&default_project_name(state.lang, &state.today));
    }
    if state.draft.consents.any() && state.order == OrderState::NotPlaced {
        state.draft.consents.untick_all();
        if state.step == Step::Review {
            state.review.refusal = Some(OrderRefusal::ConsentsLanguageChanged);
        }
    }
}

/// Sends again the request whose failure the screen shows.
fn retry(state: &mut State, effects: &mut Vec<Effect>) {
    let Some((slot, _)) = visible_failure(state) else { return };
    match slot {
        FailureSlot::Account => {
            state.account = Remote::Loading;
            effects.push(Effect::LoadAccount { req: state.requests.issue(ReqKind::Account) });
        }
        FailureSlot::Cart => request_cart(state, effects),
        // The pipeline sends these again once they are no longer marked failed.
        FailureSlot::Item => state.pipeline.item = Remote::Idle,
        FailureSlot::Description => state.pipeline.description.failure = None,
        FailureSlot::Voucher => state.pipeline.voucher.failure = None,
        FailureSlot::Options => state.pipeline.options.failure = None,
        FailureSlot::Quote => state.pipeline.quote = Remote::Idle,
        FailureSlot::VoucherCheck => {
            if let Some((code, _)) = state.voucher_screen.failure.take() {
                steps::check_voucher(state, code, effects);
            }
        }
        FailureSlot::Checkout => {
            state.overlay = None;
            review::checkout(state, effects);
        }
        FailureSlot::Follow => {
            if let OrderState::Placed(placed) = &mut state.order {
                placed.follow_failure = None;
                let order_id = placed.order.order_id;
                effects.push(Effect::FollowOrder { req: state.requests.issue(ReqKind::Follow), order_id });
            }
        }
    }
}

/// The contract's text, scrolled by its own lines: never past its last line, nor (once the
/// screen has said how much shows) past its last page.
fn scroll_contract(state: &mut State, action: Action) {
    let Some(Overlay::Contract { index, scroll }) = state.overlay else { return };
    let lines = state.quote().and_then(|q| q.contracts.get(index)).map_or(0, |c| c.content.lines().count());
    let top = scroll::scroll_top(state, ScrollView::Contract, Some(usize::from(scroll)), action);
    let top = top.min(lines.saturating_sub(1));
    state.overlay = Some(Overlay::Contract { index, scroll: u16::try_from(top).unwrap_or(u16::MAX) });
}

/// The help over the screen, from its top.
fn open_help(state: &mut State) {
    state.overlay = Some(Overlay::Help);
    state.help_scroll = 0;
}

/// `o`: the browser is started on the address the screen shows (by the engine: the core
/// starts nothing); the status line says how it went.
fn open_url(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(url) = links::shown_url(state) else { return };
    state.notice = Some(Notice::Opening);
    effects.push(Effect::OpenUrl { req: state.requests.issue(ReqKind::Browser), url });
}

/// `y`: the address goes to the clipboard through the terminal (OSC 52).
fn copy_url(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(text) = links::shown_url(state) else { return };
    state.notice = Some(Notice::Copied);
    effects.push(Effect::CopyToClipboard { text });
}
