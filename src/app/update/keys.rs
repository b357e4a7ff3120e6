//! Key presses, read through the keymap of the current screen or overlay.

use super::pipeline::request_cart;
use super::results::renew_choice;
use crate::api::flow::pick_option;
use crate::app::effect::{Effect, OptionKind, ReceiptDraft};
use crate::app::failures::{FailureSlot, visible_failure};
use crate::app::key::Key;
use crate::app::keymap::{self, Action, Context};
use crate::app::requests::ReqKind;
use crate::app::screens::{OrderRefusal, ReviewFocus, ReviewScreen};
use crate::app::state::{OrderState, Overlay, Remote, State, Step};
use crate::app::validate;
use crate::i18n::tr;

/// Lines a page key scrolls the contract text by.
const PAGE: u16 = 10;

pub fn on_key(state: &mut State, key: Key, effects: &mut Vec<Effect>) {
    let context = keymap::context(state);
    match keymap::binding_for(context, key) {
        Some(binding) if keymap::is_available(state, binding.action) => act(state, context, binding.action, effects),
        Some(_) => {}
        None if context == Context::OnboardKeys => super::onboarding::edit(state, |field| field.edit(key)),
        None if context.has_text_field() => edit(state, context, |field| field.edit(key)),
        None => {}
    }
}

pub fn on_paste(state: &mut State, text: &str) {
    let context = keymap::context(state);
    if context == Context::OnboardKeys {
        super::onboarding::edit(state, |field| {
            field.insert_str(text);
            true
        });
    } else if context.has_text_field() {
        edit(state, context, |field| {
            field.insert_str(text);
            true
        });
    }
}

/// Edits the field of a text screen, then forgets what the old text had caused.
fn edit(state: &mut State, context: Context, apply: impl FnOnce(&mut crate::app::TextField) -> bool) {
    match context {
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

fn act(state: &mut State, context: Context, action: Action, effects: &mut Vec<Effect>) {
    let onboarding_screen = keymap::screen_context(state).is_onboarding();
    if context.is_onboarding() || (onboarding_screen && context == Context::Help) {
        match action {
            Action::Help => state.overlay = Some(Overlay::Help),
            Action::Close => state.overlay = None,
            Action::Quit => quit(state, effects),
            Action::SwitchLanguage => switch_language(state),
            _ => super::onboarding::act(state, context, action, effects),
        }
        return;
    }
    if matches!(context, Context::Carts | Context::CartDetail | Context::ConfirmDelete) {
        match action {
            Action::Help => state.overlay = Some(Overlay::Help),
            Action::Quit => quit(state, effects),
            _ => super::browser::act(state, context, action, effects),
        }
        return;
    }
    match action {
        Action::Help => state.overlay = Some(Overlay::Help),
        Action::Quit => quit(state, effects),
        Action::Retry => retry(state, effects),
        Action::Carts => super::browser::open(state, effects),
        Action::SwitchLanguage => switch_language(state),
        _ => {}
    }
    match (context, action) {
        (Context::Subsidiary, Action::Confirm) => choose_subsidiary(state, effects),
        (Context::Subsidiary, Action::Up | Action::Down) => move_subsidiary(state, action == Action::Up),
        (Context::Subsidiary, Action::Back) => {
            if state.subsidiary_screen.filter.is_empty() {
                quit(state, effects);
            } else {
                state.subsidiary_screen.filter.clear();
            }
        }
        (Context::Plan, Action::Confirm) => choose_plan(state, effects),
        (Context::Plan, Action::Toggle) => toggle_option(state, OptionKind::Hds),
        (Context::Plan, Action::Up) => state.plan_cursor = state.plan_cursor.saturating_sub(1),
        (Context::Plan, Action::Down) => {
            state.plan_cursor = (state.plan_cursor + 1).min(state.offers().len().saturating_sub(1));
        }
        (Context::Plan, Action::Back) => state.step = Step::Subsidiary,
        (Context::Name, Action::Confirm) => confirm_name(state),
        (Context::Name, Action::Back) => state.step = Step::Plan,
        (Context::Voucher, Action::Confirm) => confirm_voucher(state, effects),
        (Context::Voucher, Action::Back) => {
            if state.voucher_screen.checking.take().is_some() {
                state.requests.forget(ReqKind::VoucherCheck);
            }
            state.step = Step::Name;
        }
        (Context::Review, Action::FocusNext) => move_focus(state, 1),
        (Context::Review, Action::FocusPrev) => move_focus(state, -1),
        (Context::Review, Action::Toggle) => toggle(state),
        (Context::Review, Action::Confirm) => match state.review.focus {
            ReviewFocus::Contract(index) => state.overlay = Some(Overlay::Contract { index, scroll: 0 }),
            // Consent is given by Space or a click on the box: an Enter meant for the
            // button must never tick a box.
            ReviewFocus::AutoPay | ReviewFocus::Waiver => {}
            ReviewFocus::PlaceOrder => ask_to_place(state),
        },
        (Context::Review, Action::Back) => state.step = Step::Voucher,
        (Context::OrderFailed, Action::Back) => {
            state.order = OrderState::NotPlaced;
            enter_review(state);
        }
        (Context::OrderUnknown, Action::Recheck) => recheck(state, effects),
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
        (Context::Contract, Action::Up | Action::Down | Action::PageUp | Action::PageDown) => scroll(state, action),
        (Context::ConfirmQuit, Action::KeepCart) => effects.push(Effect::Quit { code: 130 }),
        (Context::ConfirmQuit, Action::DeleteCart) => {
            if let Some(cart_id) = state.cart_id() {
                effects.push(Effect::DeleteCart { cart_id: cart_id.to_owned() });
            }
            effects.push(Effect::Quit { code: 130 });
        }
        (Context::ConfirmOrder, Action::Confirm) => place_order(state, effects),
        (
            Context::Help | Context::Contract | Context::ConfirmQuit | Context::ConfirmOrder | Context::Error,
            Action::Close,
        ) => {
            state.overlay = None;
        }
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

/// The next language. The waiver's consent is given to the text as shown, and the receipt
/// records that text's language: a ticked box is unticked, to be ticked again in the new one.
fn switch_language(state: &mut State) {
    state.lang = state.lang.next();
    if state.draft.waiver && state.order == OrderState::NotPlaced {
        state.draft.waiver = false;
        if state.step == Step::Review {
            state.review.refusal = Some(OrderRefusal::WaiverLanguageChanged);
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
                check_voucher(state, code, effects);
            }
        }
        FailureSlot::Checkout => {
            state.overlay = None;
            checkout(state, effects);
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

fn move_subsidiary(state: &mut State, up: bool) {
    let filtered = state.filtered_subsidiaries();
    let Some(cursor) = state.subsidiary_cursor() else { return };
    let next = if up { cursor.saturating_sub(1) } else { (cursor + 1).min(filtered.len() - 1) };
    state.subsidiary_screen.highlighted = Some(filtered[next].code);
    state.subsidiary_screen.settled = true;
}

fn choose_subsidiary(state: &mut State, effects: &mut Vec<Effect>) {
    let filtered = state.filtered_subsidiaries();
    let Some(cursor) = state.subsidiary_cursor() else { return };
    let chosen = filtered[cursor];
    state.subsidiary_screen.highlighted = Some(chosen.code);
    state.subsidiary_screen.settled = true;
    let unchanged = state.draft.subsidiary == Some(chosen) && !matches!(state.pipeline.cart, Remote::Idle);
    if !unchanged {
        state.draft.subsidiary = Some(chosen);
        // Another seller, other contracts: consent given for the old cart does not carry over.
        state.draft.waiver = false;
        request_cart(state, effects);
    }
    state.step = Step::Plan;
}

fn choose_plan(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(offer) = state.offers().get(state.plan_cursor) else { return };
    let Some(choice) = renew_choice(offer) else {
        state.plan_refusal = Some(msgid!("plan-error-no-renew"));
        return;
    };
    state.plan_refusal = None;
    // Options wanted are kept only where this plan sells them.
    state.draft.options.retain(|o| {
        state.pipeline.cart.ready().is_some_and(|c| pick_option(c.options_of(&choice.plan_code), o.kind).is_some())
    });
    if state.draft.plan.as_ref() != Some(&choice) {
        let item_exists = matches!(state.pipeline.item, Remote::Loading | Remote::Ready(_));
        state.draft.plan = Some(choice);
        state.draft.waiver = false;
        // A cart holds one project: a new plan gets a fresh cart rather than two items.
        if item_exists {
            request_cart(state, effects);
        }
    }
    state.step = Step::Name;
}

/// Space on the plan step, or a click on the option's box: ticks or unticks the option the
/// highlighted plan sells (Enter only chooses the plan). The order changes, so a waiver
/// ticked for it is unticked.
pub fn toggle_option(state: &mut State, kind: OptionKind) {
    let Some(option) = state.sold_option(kind) else { return };
    if state.wants_option(kind) {
        state.draft.options.retain(|o| o.kind != kind);
    } else {
        state.draft.options.push(option);
    }
    state.pipeline.options.failure = None;
    state.draft.waiver = false;
}

fn confirm_name(state: &mut State) {
    match validate::project_name(state.name_field.value()) {
        Ok(name) => {
            if state.draft.name.as_ref() != Some(&name) {
                state.pipeline.description.failure = None;
            }
            state.name_error = None;
            state.draft.name = Some(name);
            state.step = Step::Voucher;
        }
        Err(error) => state.name_error = Some(error),
    }
}

fn confirm_voucher(state: &mut State, effects: &mut Vec<Effect>) {
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
            enter_review(state);
        }
        Ok(Some(code)) => {
            if state.draft.voucher.as_ref().is_some_and(|v| v.code == code) {
                enter_review(state);
            } else if screen.checking.as_deref() != Some(code.as_str()) {
                check_voucher(state, code, effects);
            }
        }
    }
}

fn check_voucher(state: &mut State, code: String, effects: &mut Vec<Effect>) {
    let screen = &mut state.voucher_screen;
    screen.refusal = None;
    screen.failure = None;
    screen.checking = Some(code.clone());
    effects.push(Effect::CheckVoucher { req: state.requests.issue(ReqKind::VoucherCheck), code });
}

pub fn enter_review(state: &mut State) {
    state.step = Step::Review;
    state.review.refusal = None;
    let contracts = state.quote().map_or(0, |quote| quote.contracts.len());
    state.review.focus = ReviewScreen::focus_order(contracts)[0];
}

fn move_focus(state: &mut State, delta: isize) {
    let contracts = state.quote().map_or(0, |quote| quote.contracts.len());
    let order = ReviewScreen::focus_order(contracts);
    let current = order.iter().position(|f| *f == state.review.focus).unwrap_or(0);
    let next = current.saturating_add_signed(delta).min(order.len() - 1);
    state.review.focus = order[next];
}

/// Space on a checkbox: with a click on its row, the only way either box changes.
fn toggle(state: &mut State) {
    match state.review.focus {
        ReviewFocus::AutoPay => state.draft.auto_pay = !state.draft.auto_pay,
        ReviewFocus::Waiver => {
            state.draft.waiver = !state.draft.waiver;
            state.review.refusal = None;
        }
        ReviewFocus::Contract(_) | ReviewFocus::PlaceOrder => {}
    }
}

fn ask_to_place(state: &mut State) {
    state.review.refusal = if state.eligibility_block().is_some() {
        Some(OrderRefusal::AccountMustAct)
    } else if !state.draft.waiver {
        Some(OrderRefusal::WaiverUnticked)
    } else if state.quote().is_none() || !state.cart_settled() {
        Some(OrderRefusal::QuoteNotReady)
    } else {
        state.overlay = Some(Overlay::ConfirmOrder);
        None
    };
}

fn place_order(state: &mut State, effects: &mut Vec<Effect>) {
    state.overlay = None;
    // The confirmation was asked for with the waiver ticked; check again all the same.
    if !state.draft.waiver || state.order != OrderState::NotPlaced || state.eligibility_block().is_some() {
        return;
    }
    state.step = Step::Order;
    checkout(state, effects);
}

fn checkout(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(cart_id) = state.cart_id().map(str::to_owned) else { return };
    if state.draft.plan.is_none() || state.draft.name.is_none() {
        return;
    }
    let receipt = receipt_draft(state, &cart_id);
    state.order = OrderState::Placing;
    let req = state.requests.issue(ReqKind::Checkout);
    effects.push(Effect::Checkout {
        req,
        cart_id,
        auto_pay: state.draft.auto_pay,
        waive_retraction: state.draft.waiver,
        receipt,
    });
}

/// The receipt as far as it is known before the checkout: the consent exactly as shown
/// (how it was given is the front end's, added by the engine).
fn receipt_draft(state: &State, cart_id: &str) -> ReceiptDraft {
    let draft = &state.draft;
    ReceiptDraft {
        cart_id: cart_id.to_owned(),
        endpoint: state.endpoint_label.clone(),
        subsidiary: draft.subsidiary.map(|s| s.code.to_owned()).unwrap_or_default(),
        plan_code: draft.plan.as_ref().map(|p| p.plan_code.clone()).unwrap_or_default(),
        project_name: draft.name.clone().unwrap_or_default(),
        voucher: draft.voucher.as_ref().map(|v| v.code.clone()),
        options: draft.options.iter().map(|o| o.plan_code.clone()).collect(),
        auto_pay: draft.auto_pay,
        waiver: crate::api::flow::WaiverConsent {
            given: draft.waiver,
            text: tr(state.lang, msgid!("waiver-text")),
            language: state.lang.code().to_owned(),
            via: String::new(),
        },
    }
}

/// `r` on "the order may have been placed": settle the checkout again (never re-send it).
pub fn recheck(state: &mut State, effects: &mut Vec<Effect>) {
    let OrderState::MaybePlaced(maybe) = &mut state.order else { return };
    if maybe.checking {
        return;
    }
    maybe.checking = true;
    let cart_id = maybe.cart_id.clone();
    effects.push(Effect::RecheckOrder { req: state.requests.issue(ReqKind::Recheck), cart_id });
}

fn scroll(state: &mut State, action: Action) {
    let Some(Overlay::Contract { index, scroll }) = state.overlay else { return };
    let lines = state.quote().and_then(|q| q.contracts.get(index)).map_or(0, |c| c.content.lines().count());
    let max = u16::try_from(lines.saturating_sub(1)).unwrap_or(u16::MAX);
    let scroll = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(PAGE),
        _ => scroll.saturating_add(PAGE),
    };
    state.overlay = Some(Overlay::Contract { index, scroll: scroll.min(max) });
}
