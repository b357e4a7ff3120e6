//! The review and the order: the focus, the boxes, and placing the order. Consent is
//! given only by Space (`Toggle`) or a click on the box's own row, never by Enter (see
//! `app::consent`); placing asks for a confirmation whose default is to cancel, and checks
//! everything again.

use crate::api::flow::{Consent, Document};
use crate::app::consent::ConsentBox;
use crate::app::effect::{Effect, ReceiptDraft};
use crate::app::keymap::Action;
use crate::app::requests::ReqKind;
use crate::app::screens::{OrderRefusal, ReviewFocus, ReviewScreen};
use crate::app::scroll::{self, ScrollView};
use crate::app::state::{OrderState, Overlay, State, Step};

/// The review as it opens: nothing refused (but what changed behind it), the first row
/// focused, in sight.
pub fn open(state: &mut State) {
    state.review.refusal = state.review.on_open.take();
    state.review.focus = focus_order(state)[0];
    state.review.focus_chosen = false;
    follow_focus(state);
}

/// The view follows the focus again: the focused row shows, with all its text when it
/// fits (so the screen shows it until it says otherwise).
fn follow_focus(state: &mut State) {
    state.review.scroll = None;
    if let Some(viewport) = state.viewport.as_mut().filter(|v| v.view == ScrollView::Review) {
        viewport.shows_focus = true;
    }
}

/// Page keys, Home, End and the wheel: the review scrolls, the focus stays where it is.
pub fn scroll(state: &mut State, action: Action) {
    let top = scroll::scroll_top(state, ScrollView::Review, state.review.scroll, action);
    state.review.scroll = Some(top);
    // Whether the focused row is still in sight is for the next frame to say.
    if let Some(viewport) = state.viewport.as_mut().filter(|v| v.view == ScrollView::Review) {
        viewport.shows_focus = false;
    }
}

/// The screen scrolled the focused row (or the text to read before ticking it) out of
/// sight: Space and Enter bring it back first, and act only once it shows.
pub fn focus_hidden(state: &State) -> bool {
    state.viewport(ScrollView::Review).is_some_and(|viewport| !viewport.shows_focus)
}

/// Space or Enter on a focused row scrolled out of sight: it is shown, nothing else.
pub fn reveal(state: &mut State) {
    follow_focus(state);
}

fn focus_order(state: &State) -> Vec<ReviewFocus> {
    let contracts = state.quote().map(|quote| quote.contracts.len());
    ReviewScreen::focus_order(contracts, state.requires(ConsentBox::ItalianClauses))
}

/// Tab and Shift-Tab (the arrows too), stopping at both ends.
pub fn move_focus(state: &mut State, delta: isize) {
    let order = focus_order(state);
    let current = order.iter().position(|f| *f == state.review.focus).unwrap_or(0);
    let next = current.saturating_add_signed(delta).min(order.len() - 1);
    state.review.focus = order[next];
    state.review.focus_chosen = true;
    follow_focus(state);
}

/// Whether the review shows `target` (a contract the quote does not have is not there).
pub fn shows(state: &State, target: ReviewFocus) -> bool {
    focus_order(state).contains(&target)
}

/// Focuses `target` if the review shows it (a click, `Msg::Focus`).
pub fn set_focus(state: &mut State, target: ReviewFocus) {
    if shows(state, target) {
        state.review.focus = target;
        state.review.focus_chosen = true;
        follow_focus(state);
    }
}

/// Keeps the focus on a row the review shows, and a contract's window only while the quote
/// holds that contract: a quote that failed or is being read again takes its contracts
/// away, and the focus (or the window) must not stay on what is no longer drawn. Until the
/// person moves it, the focus is on the first row (the first contract, once the quote that
/// lists them arrives).
pub fn keep_focus(state: &mut State) {
    if state.step != Step::Review {
        return;
    }
    if !state.review.focus_chosen || !shows(state, state.review.focus) {
        let first = focus_order(state)[0];
        if state.review.focus != first {
            state.review.focus = first;
            follow_focus(state);
        }
    }
    if let Some(Overlay::Contract { index, .. }) = state.overlay
        && !shows(state, ReviewFocus::Contract(index))
    {
        state.overlay = None;
    }
}

/// Space on a checkbox: with a click on its row, the only way a box changes.
pub fn toggle(state: &mut State) {
    state.review.focus_chosen = true;
    match state.review.focus {
        ReviewFocus::AutoPay => state.draft.auto_pay = !state.draft.auto_pay,
        focus => {
            if let Some(consent) = focus.consent().filter(|c| state.shows_consent(*c)) {
                let tick = !state.ticked(consent);
                set_consent(state, consent, tick);
                state.review.refusal = None;
            }
        }
    }
}

/// Ticks or unticks `consent`'s box. The contracts are accepted as the quote lists them now.
fn set_consent(state: &mut State, consent: ConsentBox, tick: bool) {
    let contracts = state.quote().map(|quote| quote.contracts.clone());
    let consents = &mut state.draft.consents;
    match consent {
        ConsentBox::Contracts => consents.contracts = contracts.filter(|_| tick),
        ConsentBox::ItalianClauses => consents.italian_clauses = tick,
        ConsentBox::Waiver => consents.waiver = tick,
    }
}

/// Enter on the review: reads a contract, or asks to place the order.
pub fn activate(state: &mut State) {
    match state.review.focus {
        ReviewFocus::Contract(index) if shows(state, ReviewFocus::Contract(index)) => {
            state.overlay = Some(Overlay::Contract { index, scroll: 0 });
        }
        ReviewFocus::Contract(_) => {}
        ReviewFocus::PlaceOrder => ask_to_place(state),
        // Consent is given by Space or a click on the box: an Enter meant for the
        // button must never tick a box.
        ReviewFocus::AcceptContracts | ReviewFocus::ItalianClauses | ReviewFocus::AutoPay | ReviewFocus::Waiver => {}
    }
}

/// Whether the order may be asked for: the account may order, the quote is there for the
/// cart as the draft wants it, and every box the order needs is ticked.
fn refusal(state: &State) -> Option<OrderRefusal> {
    if state.eligibility_block().is_some() {
        Some(OrderRefusal::AccountMustAct)
    } else if state.earlier.is_loading() {
        Some(OrderRefusal::EarlierRunsPending)
    } else if state.quote().is_none() || !state.cart_settled() {
        Some(OrderRefusal::QuoteNotReady)
    } else {
        state.missing_consent().map(ConsentBox::unticked)
    }
}

fn ask_to_place(state: &mut State) {
    state.review.refusal = refusal(state);
    if state.review.refusal.is_none() {
        state.overlay = Some(Overlay::ConfirmOrder);
    }
}

/// `y` on the confirmation.
pub fn place_order(state: &mut State, effects: &mut Vec<Effect>) {
    state.overlay = None;
    // The confirmation was asked for with every box ticked; check again all the same.
    if refusal(state).is_some() || state.order != OrderState::NotPlaced {
        return;
    }
    super::steps::enter(state, Step::Order);
    checkout(state, effects);
}

/// Sends the checkout (the first time, or again after a failure that sent nothing): never
/// without every box the order needs ticked.
pub fn checkout(state: &mut State, effects: &mut Vec<Effect>) {
    if state.missing_consent().is_some() {
        return;
    }
    let Some(cart_id) = state.cart_id().map(str::to_owned) else { return };
    if state.draft.plan.is_none() || state.draft.name.is_none() {
        return;
    }
    let receipt = Box::new(receipt_draft(state, &cart_id));
    state.order = OrderState::Placing;
    let req = state.requests.issue(ReqKind::Checkout);
    effects.push(Effect::Checkout {
        req,
        cart_id,
        auto_pay: state.draft.auto_pay,
        waive_retraction: state.draft.consents.waiver,
        receipt,
    });
}

/// `consent` as the receipt records it: given or not, its text exactly as shown and its
/// language; for the contracts, each one accepted (how and when it was given are added by
/// the engine: the front end's way, and the time the order is confirmed).
fn recorded(state: &State, consent: ConsentBox) -> Consent {
    let accepted = state.draft.consents.contracts.as_deref().filter(|_| consent == ConsentBox::Contracts);
    Consent {
        given: state.ticked(consent),
        text: consent.text(state.lang),
        language: state.lang.code().to_owned(),
        via: String::new(),
        given_at: String::new(),
        documents: accepted
            .unwrap_or_default()
            .iter()
            .map(|c| Document { name: c.name.clone(), url: c.url.clone() })
            .collect(),
    }
}

/// The receipt as far as it is known before the checkout: every consent exactly as shown
/// (who placed it, how and when they were given are added by the engine).
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
        front_end: String::new(),
        waiver: recorded(state, ConsentBox::Waiver),
        contracts: Some(recorded(state, ConsentBox::Contracts)),
        italian_clauses: state
            .requires(ConsentBox::ItalianClauses)
            .then(|| recorded(state, ConsentBox::ItalianClauses)),
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
