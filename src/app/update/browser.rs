//! The cart browser: its keys, its answers, and the start screen. Every deletion waits for
//! a confirmation, and every change is followed by a fresh read of what it changed.

use super::resume::resume;
use crate::app::carts::{CartRefusal, CartsPage, Deletion, DetailRow};
use crate::app::effect::Effect;
use crate::app::keymap::{Action, Context};
use crate::app::msg::Msg;
use crate::app::requests::ReqKind;
use crate::app::scroll::{self, ScrollView};
use crate::app::state::{Failure, MaybePlaced, OrderState, Overlay, Pipeline, Remote, State, Step};

/// At start: list the carts in the background; the start screen opens itself if open
/// carts exist and nothing has been pressed meanwhile.
pub fn start(state: &mut State, effects: &mut Vec<Effect>) {
    state.browser.may_open_at_start = state.start_screen;
    request_list(state, effects);
}

/// Earlier runs are settled: the list of carts the start waited for (the start screen still
/// opens itself only if nothing was pressed meanwhile).
pub fn list_after_settling(state: &mut State, effects: &mut Vec<Effect>) {
    request_list(state, effects);
}

/// `c` / F3: the list, read afresh.
pub fn open(state: &mut State, effects: &mut Vec<Effect>) {
    let browser = &mut state.browser;
    browser.page = Some(CartsPage::List);
    browser.start_screen = false;
    browser.refusal = None;
    request_list(state, effects);
}

fn close(state: &mut State) {
    state.browser.page = None;
    state.browser.start_screen = false;
}

/// Reads the list; one already shown stays until the new one arrives.
fn request_list(state: &mut State, effects: &mut Vec<Effect>) {
    if state.browser.carts.ready().is_none() {
        state.browser.carts = Remote::Loading;
    }
    effects.push(Effect::ListCarts { req: state.requests.issue(ReqKind::CartList) });
}

fn request_detail(state: &mut State, cart_id: String, effects: &mut Vec<Effect>) {
    state.browser.detail = Remote::Loading;
    effects.push(Effect::LoadCart { req: state.requests.issue(ReqKind::CartDetail), cart_id });
}

/// The cart on the detail page (loaded or not).
fn detail_cart_id(state: &State) -> Option<String> {
    match &state.browser.detail {
        Remote::Ready(detail) => Some(detail.summary.cart.cart_id.clone()),
        _ => state.browser.highlighted().map(|summary| summary.cart.cart_id.clone()),
    }
}

pub fn act(state: &mut State, context: Context, action: Action, effects: &mut Vec<Effect>) {
    state.browser.refusal = None;
    match (context, action) {
        (
            Context::Carts,
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End,
        ) => {
            let rows = state.browser.leading_rows() + state.browser.carts.ready().map_or(0, Vec::len);
            state.browser.cursor = scroll::move_cursor(state, ScrollView::Carts, state.browser.cursor, rows, action);
        }
        (Context::Carts, Action::Confirm) => match state.browser.highlighted() {
            Some(summary) if summary.checkout_unknown => {
                let cart_id = summary.cart.cart_id.clone();
                check_unknown(state, cart_id, effects);
            }
            Some(summary) => {
                let cart_id = summary.cart.cart_id.clone();
                let browser = &mut state.browser;
                browser.page = Some(CartsPage::Detail);
                browser.detail_cursor = 0;
                browser.deletion_failure = None;
                request_detail(state, cart_id, effects);
            }
            // "New order": the wizard, from its first step.
            None => close(state),
        },
        (Context::Carts, Action::Delete) => {
            if let Some(summary) = state.browser.highlighted() {
                let cart_id = summary.cart.cart_id.clone();
                ask_to_delete(state, Deletion::Cart { cart_id });
            }
        }
        (Context::Carts, Action::Retry) => request_list(state, effects),
        (Context::Carts, Action::Back) => close(state),
        (
            Context::CartDetail,
            Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::Home | Action::End,
        ) => {
            let rows = state.browser.detail.ready().map_or(0, |d| d.rows().len());
            let cursor = state.browser.detail_cursor;
            state.browser.detail_cursor = scroll::move_cursor(state, ScrollView::CartDetail, cursor, rows, action);
        }
        (Context::CartDetail, Action::Confirm) => resume(state, effects),
        (Context::CartDetail, Action::Delete) => delete_row(state),
        (Context::CartDetail, Action::Retry) => {
            if let Some(cart_id) = detail_cart_id(state) {
                request_detail(state, cart_id, effects);
            }
        }
        (Context::CartDetail, Action::Back) => {
            state.browser.page = Some(CartsPage::List);
            state.requests.forget(ReqKind::CartDetail);
            // Items may have been deleted meanwhile: the counts are read again.
            request_list(state, effects);
        }
        (Context::ConfirmDelete, Action::Confirm) => delete(state, effects),
        (Context::ConfirmDelete, Action::Close) => {
            state.overlay = None;
            state.browser.deletion = None;
        }
        _ => {}
    }
}

/// Opening a cart whose checkout's outcome is unknown checks it: the wizard shows "the order
/// may have been placed" for it while the check runs, and what it found after.
fn check_unknown(state: &mut State, cart_id: String, effects: &mut Vec<Effect>) {
    let same = state.maybe_placed().is_some_and(|maybe| maybe.cart_id == cart_id);
    if !same {
        if state.order != OrderState::NotPlaced {
            state.browser.refusal = Some(CartRefusal::OrderPlaced);
            return;
        }
        let earlier_run = Some(state.step);
        let maybe = MaybePlaced { cart_id, error: None, checking: false, earlier_run };
        state.order = OrderState::MaybePlaced(Box::new(maybe));
    }
    state.overlay = None;
    state.step = Step::Order;
    close(state);
    super::review::recheck(state, effects);
}

/// Shows one cart on the detail page (an earlier run's cart proven not ordered).
pub fn show_cart(state: &mut State, cart_id: String, effects: &mut Vec<Effect>) {
    let browser = &mut state.browser;
    browser.page = Some(CartsPage::Detail);
    browser.start_screen = false;
    browser.detail_cursor = 0;
    browser.deletion_failure = None;
    request_detail(state, cart_id, effects);
}

fn ask_to_delete(state: &mut State, deletion: Deletion) {
    state.browser.deletion_failure = None;
    state.browser.deletion = Some(deletion);
    state.overlay = Some(Overlay::ConfirmDelete);
}

fn delete_row(state: &mut State) {
    let Some(row) = state.browser.detail_row() else { return };
    let Some(detail) = state.browser.detail.ready() else { return };
    let Some(deletion) = detail.deletion(row) else { return };
    // The wizard keeps its own cart in line with the steps; editing it behind their back
    // would leave them wrong. Deleting the whole cart is fine: the wizard starts over.
    let in_use = state.open_cart_id() == Some(deletion.cart_id());
    if in_use && row != DetailRow::Cart {
        state.browser.refusal = Some(CartRefusal::InUse);
        return;
    }
    ask_to_delete(state, deletion);
}

/// The person confirmed: send the deletion.
fn delete(state: &mut State, effects: &mut Vec<Effect>) {
    state.overlay = None;
    let Some(deletion) = state.browser.deletion.clone() else { return };
    state.browser.deleting = true;
    match deletion {
        Deletion::Cart { cart_id } => effects.push(Effect::DeleteCart { cart_id }),
        Deletion::Item { cart_id, item_id } => {
            let req = state.requests.issue(ReqKind::CartEdit);
            effects.push(Effect::DeleteItem { req, cart_id, item_id });
        }
        Deletion::Configuration { cart_id, item_id, configuration_id, .. } => {
            let req = state.requests.issue(ReqKind::CartEdit);
            effects.push(Effect::DeleteConfiguration { req, cart_id, item_id, configuration_id });
        }
    }
}

/// Handles the browser's answers; gives back those that are not its own.
pub fn on_answer(state: &mut State, msg: Msg, effects: &mut Vec<Effect>) -> Option<Msg> {
    match msg {
        Msg::CartsListed { req, result } => {
            if !state.requests.settle(ReqKind::CartList, req) {
                return None;
            }
            let browser = &mut state.browser;
            match result {
                Ok(carts) => {
                    let rows = browser.leading_rows() + carts.len();
                    browser.cursor = browser.cursor.min(rows.saturating_sub(1));
                    let has_open = carts.iter().any(|c| c.is_open());
                    browser.carts = Remote::Ready(carts);
                    offer_start_screen(state, has_open);
                }
                Err(error) => {
                    browser.carts = Remote::Failed(Failure::retryable(error));
                    browser.may_open_at_start = false;
                }
            }
        }
        Msg::CartLoaded { req, result } => {
            if !state.requests.settle(ReqKind::CartDetail, req) {
                return None;
            }
            state.browser.detail = match result {
                Ok(detail) => {
                    let rows = detail.rows().len();
                    state.browser.detail_cursor = state.browser.detail_cursor.min(rows.saturating_sub(1));
                    Remote::Ready(detail)
                }
                Err(error) => Remote::Failed(Failure::retryable(error)),
            };
        }
        Msg::CartPartDeleted { req, result } => {
            if !state.requests.settle(ReqKind::CartEdit, req) {
                return None;
            }
            let deletion = state.browser.deletion.take();
            state.browser.deleting = false;
            match result {
                Ok(()) => {
                    if let Some(deletion) = deletion {
                        request_detail(state, deletion.cart_id().to_owned(), effects);
                    }
                }
                Err(error) => state.browser.deletion_failure = Some(Failure::retryable(error)),
            }
        }
        Msg::CartDeleted { cart_id, result }
            if state.browser.deleting
                && matches!(&state.browser.deletion, Some(Deletion::Cart { cart_id: asked }) if *asked == cart_id) =>
        {
            state.browser.deletion = None;
            state.browser.deleting = false;
            match result {
                Ok(()) => cart_deleted(state, &cart_id, effects),
                Err(error) => state.browser.deletion_failure = Some(Failure::retryable(error)),
            }
        }
        other => return Some(other),
    }
    None
}

/// The start screen opens only on a wizard nobody has touched yet.
fn offer_start_screen(state: &mut State, has_open: bool) {
    let untouched = state.browser.may_open_at_start
        && state.browser.page.is_none()
        && state.overlay.is_none()
        && state.step == Step::Subsidiary
        && state.draft.subsidiary.is_none();
    state.browser.may_open_at_start = false;
    if untouched && has_open {
        let browser = &mut state.browser;
        browser.page = Some(CartsPage::List);
        browser.start_screen = true;
        browser.cursor = 0;
    }
}

fn cart_deleted(state: &mut State, cart_id: &str, effects: &mut Vec<Effect>) {
    if state.open_cart_id() == Some(cart_id) {
        forget_wizard_cart(state);
    }
    state.browser.page = Some(CartsPage::List);
    state.browser.detail = Remote::Idle;
    request_list(state, effects);
}

/// The wizard's own cart was deleted from the browser: its steps start over from the
/// subsidiary (the draft stays, and a new cart is made when the subsidiary is confirmed).
fn forget_wizard_cart(state: &mut State) {
    for kind in [ReqKind::Cart, ReqKind::Project, ReqKind::Description, ReqKind::Voucher, ReqKind::Quote] {
        state.requests.forget(kind);
    }
    state.pipeline = Pipeline::default();
    state.draft.consents.untick_all();
    state.step = Step::Subsidiary;
}
