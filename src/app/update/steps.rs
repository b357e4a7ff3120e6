//! The steps' transitions, in the order `Step` defines: a confirmed answer leads to the next
//! step ([`advance`]), Esc to the previous one with every answer kept ([`back`]). Each
//! confirmation checks its answer first and stays on its step when it is refused.

use super::pipeline::request_cart;
use super::results::renew_choice;
use crate::api::flow::pick_option;
use crate::app::effect::{Effect, OptionKind};
use crate::app::keymap::Action;
use crate::app::requests::ReqKind;
use crate::app::screens::OrderRefusal;
use crate::app::scroll::{self, ScrollView};
use crate::app::state::{Remote, State, Step};
use crate::app::validate;

/// Shows `step` as it is when reached: the review opens with nothing refused and its first
/// row focused.
pub fn enter(state: &mut State, step: Step) {
    state.step = step;
    state.order_scroll = 0;
    if step == Step::Review {
        super::review::open(state);
    }
}

/// The step after the current one.
pub fn advance(state: &mut State) {
    if let Some(next) = state.step.next() {
        enter(state, next);
    }
}

/// Esc: the step before the current one. The draft stays; only a voucher check under way
/// is forgotten (its answer would move the person forward again).
pub fn back(state: &mut State) {
    if state.step == Step::Voucher && state.voucher_screen.checking.take().is_some() {
        state.requests.forget(ReqKind::VoucherCheck);
    }
    if let Some(previous) = state.step.previous() {
        enter(state, previous);
    }
}

/// Moves the subsidiaries' highlight a row, a page or to an end (`action`).
pub fn move_subsidiary(state: &mut State, action: Action) {
    let filtered = state.filtered_subsidiaries();
    let Some(cursor) = state.subsidiary_cursor() else { return };
    let next = scroll::move_cursor(state, ScrollView::Subsidiaries, cursor, filtered.len(), action);
    state.subsidiary_screen.highlighted = Some(filtered[next].code);
    state.subsidiary_screen.settled = true;
}

/// Highlights row `index` of the filtered subsidiaries (a click, `Msg::Focus`).
pub fn highlight_subsidiary(state: &mut State, index: usize) {
    if let Some(subsidiary) = state.filtered_subsidiaries().get(index) {
        state.subsidiary_screen.highlighted = Some(subsidiary.code);
        state.subsidiary_screen.settled = true;
    }
}

/// Moves the plans' highlight a row, a page or to an end (`action`).
pub fn move_plan(state: &mut State, action: Action) {
    let count = state.offers().len();
    state.plan_cursor = scroll::move_cursor(state, ScrollView::Plans, state.plan_cursor, count, action);
}

/// Highlights row `index` of the plans (a click, `Msg::Focus`).
pub fn highlight_plan(state: &mut State, index: usize) {
    if index < state.offers().len() {
        state.plan_cursor = index;
    }
}

pub fn choose_subsidiary(state: &mut State, effects: &mut Vec<Effect>) {
    let filtered = state.filtered_subsidiaries();
    let Some(cursor) = state.subsidiary_cursor() else { return };
    let chosen = filtered[cursor];
    state.subsidiary_screen.highlighted = Some(chosen.code);
    state.subsidiary_screen.settled = true;
    let unchanged = state.draft.subsidiary == Some(chosen) && !matches!(state.pipeline.cart, Remote::Idle);
    if !unchanged {
        state.draft.subsidiary = Some(chosen);
        // Another seller, other contracts.
        order_changed(state);
        request_cart(state, effects);
    }
    advance(state);
}

pub fn choose_plan(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(offer) = state.offers().get(state.plan_cursor) else { return };
    let Some(choice) = renew_choice(offer) else {
        state.plan_refusal = Some(msgid!("plan-error-no-renew"));
        return;
    };
    state.plan_refusal = None;
    // Options wanted are kept only where this plan sells them.
    let sold = |kind| state.pipeline.cart.ready().and_then(|c| pick_option(c.options_of(&choice.plan_code), kind));
    let kept: Vec<_> = state.draft.options.iter().filter_map(|o| sold(o.kind)).collect();
    state.draft.options = kept;
    if state.draft.plan.as_ref() != Some(&choice) {
        let item_exists = matches!(state.pipeline.item, Remote::Loading | Remote::Ready(_));
        state.draft.plan = Some(choice);
        order_changed(state);
        // A cart holds one project: a new plan gets a fresh cart rather than two items.
        if item_exists {
            request_cart(state, effects);
        }
    }
    advance(state);
}

/// Space on the plan step, or a click on the option's box: ticks or unticks the option the
/// highlighted plan sells (Enter only chooses the plan). The order changes, and with it its
/// contracts: every consent box ticked for it is unticked.
pub fn toggle_option(state: &mut State, kind: OptionKind) {
    let Some(option) = state.sold_option(kind) else { return };
    if state.wants_option(kind) {
        state.draft.options.retain(|o| o.kind != kind);
    } else {
        state.draft.options.push(option);
    }
    state.pipeline.options.failure = None;
    order_changed(state);
}

/// What is ordered changed: consent given for the old order does not carry over. Boxes that
/// were ticked are said to be unticked when the review opens again.
fn order_changed(state: &mut State) {
    if state.draft.consents.any() {
        state.review.on_open = Some(OrderRefusal::ConsentsOrderChanged);
    }
    state.draft.consents.untick_all();
}

pub fn confirm_name(state: &mut State) {
    match validate::project_name(state.name_field.value()) {
        Ok(name) => {
            if state.draft.name.as_ref() != Some(&name) {
                state.pipeline.description.failure = None;
            }
            state.name_error = None;
            state.draft.name = Some(name);
            advance(state);
        }
        Err(error) => state.name_error = Some(error),
    }
}

/// An empty field skips the voucher; a code already attached goes on; a new code is
/// checked first (its answer advances, `results`).
pub fn confirm_voucher(state: &mut State, effects: &mut Vec<Effect>) {
    let screen = &mut state.voucher_screen;
    match validate::voucher_code(screen.field.value()) {
        Err(error) => screen.input_error = Some(error),
        Ok(None) => {
            if screen.checking.take().is_some() {
                state.requests.forget(ReqKind::VoucherCheck);
            }
            screen.refusal = None;
            screen.failure = None;
            if state.draft.voucher.take().is_some() {
                state.pipeline.voucher.failure = None;
            }
            advance(state);
        }
        Ok(Some(code)) => {
            if state.draft.voucher.as_ref().is_some_and(|v| v.code == code) {
                advance(state);
            } else if screen.checking.as_deref() != Some(code.as_str()) {
                check_voucher(state, code, effects);
            }
        }
    }
}

pub fn check_voucher(state: &mut State, code: String, effects: &mut Vec<Effect>) {
    let screen = &mut state.voucher_screen;
    screen.refusal = None;
    screen.failure = None;
    screen.checking = Some(code.clone());
    effects.push(Effect::CheckVoucher { req: state.requests.issue(ReqKind::VoucherCheck), code });
}
