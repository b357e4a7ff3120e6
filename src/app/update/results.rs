//! Answers from the runtime. Each is checked against the latest request of its kind first:
//! an answer nobody waits for any more is dropped (a cart it created is deleted).

use crate::api::error::{ApiError, ErrorKind, Outcome};
use crate::api::models::{ProductOffer, eligibility_issues};
use crate::app::effect::{ConfigLabel, Effect, OptionKind, PlanChoice};
use crate::app::msg::{Msg, PlacedOrder, Recheck};
use crate::app::requests::ReqKind;
use crate::app::screens::{OrderRefusal, VoucherRefusal};
use crate::app::state::{AcceptedVoucher, Failure, MaybePlaced, OrderState, Overlay, PlacedState, Remote, State, Step};
use crate::i18n::tr;

pub fn on_answer(state: &mut State, msg: Msg, effects: &mut Vec<Effect>) {
    match msg {
        Msg::AccountLoaded { req, result } => {
            if !state.requests.settle(ReqKind::Account, req) {
                return;
            }
            match result {
                Ok(account) => {
                    preselect_account_subsidiary(state, &account.me.ovh_subsidiary);
                    state.account = Remote::Ready(account);
                }
                Err(error) => state.account = Remote::Failed(Failure::retryable(error)),
            }
        }
        Msg::CartReady { req, result } => {
            if !state.requests.settle(ReqKind::Cart, req) {
                if let Ok(cart) = result {
                    effects.push(Effect::DeleteCart { cart_id: cart.cart_id });
                }
                return;
            }
            match result {
                Ok(cart) => {
                    state.pipeline.replaces = None;
                    align_plan(state, &cart);
                    state.pipeline.cart = Remote::Ready(cart);
                }
                Err(error) => state.pipeline.cart = Remote::Failed(Failure::retryable(error)),
            }
        }
        Msg::ProjectAdded { req, result } => {
            if state.requests.settle(ReqKind::Project, req) {
                state.pipeline.item = match result {
                    Ok(item) => Remote::Ready(item),
                    Err(error) => {
                        state.pipeline.item_uncertain = true;
                        Remote::Failed(Failure::retryable(error))
                    }
                };
            }
        }
        Msg::ConfigurationSet { req, label, result } => {
            configuration_answer(state, req, label, result.map(|item| Some(item.value)));
        }
        Msg::ConfigurationRemoved { req, label, result } => {
            configuration_answer(state, req, label, result.map(|()| None));
        }
        Msg::OptionSet { req, kind, result } => option_answer(state, req, kind, result),
        Msg::VoucherChecked { req, code, result } => voucher_checked(state, req, code, result),
        Msg::QuoteLoaded { req, result } => {
            if state.requests.settle(ReqKind::Quote, req) {
                state.pipeline.quote = match result {
                    Ok(order) => Remote::Ready(order),
                    Err(error) => Remote::Failed(Failure::retryable(error)),
                };
                contracts_may_have_changed(state);
            }
        }
        Msg::OrderPlaced { req, result } => {
            if !state.requests.settle(ReqKind::Checkout, req) {
                return;
            }
            match result {
                Ok(placed) => order_placed(state, placed, effects),
                // An order that may exist is never placed again from here: its own state
                // says so, and offers to check again.
                Err(error) if error.outcome == Outcome::Unknown => {
                    let cart_id = state.cart_id().unwrap_or_default().to_owned();
                    let maybe = MaybePlaced { cart_id, error: Some(error), checking: false, earlier_run: None };
                    state.order = OrderState::MaybePlaced(Box::new(maybe));
                }
                // The account must act first: explained and blocked on the review, as when
                // the eligibility said so before.
                Err(error) if eligibility_issues(&error.message).is_some() => {
                    let actions = eligibility_issues(&error.message).unwrap_or_default();
                    if let Remote::Ready(account) = &mut state.account {
                        account.eligibility.get_or_insert_with(Default::default).actions_required = Some(actions);
                    }
                    state.order = OrderState::NotPlaced;
                    super::steps::enter(state, Step::Review);
                    state.review.refusal = Some(OrderRefusal::AccountMustAct);
                }
                Err(error) => {
                    state.order = OrderState::Failed(Failure { error, retryable: true });
                    state.overlay = Some(Overlay::Error);
                }
            }
        }
        Msg::OrderRechecked { req, result } => rechecked(state, req, result, effects),
        Msg::OrderProgress { req, progress } => {
            if state.requests.is_current(ReqKind::Follow, req)
                && let OrderState::Placed(placed) = &mut state.order
            {
                placed.status = Some(progress.status);
                placed.follow_up = progress.follow_up;
            }
        }
        Msg::ProjectDelivered { req, project_id } => {
            if state.requests.settle(ReqKind::Follow, req)
                && let OrderState::Placed(placed) = &mut state.order
            {
                placed.project_id = Some(project_id);
            }
        }
        Msg::FollowFailed { req, error } => {
            if state.requests.settle(ReqKind::Follow, req)
                && let OrderState::Placed(placed) = &mut state.order
            {
                placed.follow_failure = Some(Failure::retryable(error));
            }
        }
        Msg::FollowStopped { req, stopped } => {
            if state.requests.settle(ReqKind::Follow, req)
                && let OrderState::Placed(placed) = &mut state.order
            {
                placed.stopped = Some(stopped);
            }
        }
        Msg::EarlierRunsSettled(found) => {
            state.earlier = Remote::Ready(found);
            super::browser::list_after_settling(state, effects);
        }
        Msg::ReceiptWritten(result) => {
            if let OrderState::Placed(placed) = &mut state.order {
                placed.receipt = Some(result);
            }
        }
        // Carts deleted on the way out or replaced: nothing on screen depends on them.
        // Only the quit path deletes the current cart; once it is gone, nothing is open.
        Msg::CartDeleted { cart_id, result: Ok(()) } if state.cart_id() == Some(cart_id.as_str()) => {
            state.pipeline.cart = Remote::default();
        }
        Msg::CartDeleted { .. } => {}
        // The cart browser's (`browser::on_answer` takes them first).
        Msg::CartsListed { .. } | Msg::CartLoaded { .. } | Msg::CartPartDeleted { .. } => {}
        Msg::Key(_)
        | Msg::Act(_)
        | Msg::Focus(_)
        | Msg::SetText(_)
        | Msg::Paste(_)
        | Msg::Resize { .. }
        | Msg::Tick
        | Msg::Retrying { .. }
        | Msg::Click(_)
        | Msg::Viewport(_)
        | Msg::UrlOpened { .. }
        | Msg::ConsumerKeyRequested { .. }
        | Msg::CredentialsValidated { .. }
        | Msg::CredentialsSaved { .. } => {}
    }
}

/// Moves the highlight to the account's subsidiary unless the person (or `--subsidiary`)
/// already chose.
fn preselect_account_subsidiary(state: &mut State, code: &str) {
    let screen = &mut state.subsidiary_screen;
    if screen.settled || state.draft.subsidiary.is_some() {
        return;
    }
    if let Some(subsidiary) = state.subsidiaries.iter().find(|s| s.code.eq_ignore_ascii_case(code)) {
        screen.highlighted = Some(subsidiary.code);
    }
}

/// The offer's price a project is added with.
pub fn renew_choice(offer: &ProductOffer) -> Option<PlanChoice> {
    PlanChoice::renew(offer)
}

/// A new cart may offer other plans or prices: keep the chosen plan if it is still offered
/// (with this cart's renew price), else forget it; put the cursor on it. The options wanted
/// are kept where this cart sells them with that plan, at this cart's price.
fn align_plan(state: &mut State, cart: &crate::app::msg::CartReady) {
    let offers = &cart.offers;
    let chosen = state.draft.plan.as_ref().and_then(|plan| offers.iter().position(|o| o.plan_code == plan.plan_code));
    state.draft.plan = chosen.and_then(|index| renew_choice(&offers[index]));
    state.plan_cursor = chosen.unwrap_or(0);
    let sold = state.draft.plan.as_ref().map_or(&[][..], |plan| cart.options_of(&plan.plan_code));
    let kinds: Vec<OptionKind> = state.draft.options.iter().map(|o| o.kind).collect();
    state.draft.options = kinds.into_iter().filter_map(|kind| crate::api::flow::pick_option(sold, kind)).collect();
}

fn option_answer(state: &mut State, req: u64, kind: OptionKind, result: Result<bool, ApiError>) {
    if !state.requests.settle(ReqKind::Options, req) {
        return;
    }
    let slot = &mut state.pipeline.options;
    slot.sending = None;
    match result {
        Ok(present) => {
            slot.applied.retain(|k| *k != kind);
            if present {
                slot.applied.push(kind);
            }
        }
        Err(error) => slot.failure = Some(Failure::retryable(error)),
    }
}

fn configuration_answer(state: &mut State, req: u64, label: ConfigLabel, result: Result<Option<String>, ApiError>) {
    let kind = match label {
        ConfigLabel::Description => ReqKind::Description,
        ConfigLabel::Voucher => ReqKind::Voucher,
    };
    if !state.requests.settle(kind, req) {
        return;
    }
    let slot = if kind == ReqKind::Voucher { &mut state.pipeline.voucher } else { &mut state.pipeline.description };
    let sent = slot.sending.take().flatten();
    match result {
        Ok(value) => {
            slot.applied = value;
            slot.uncertain = false;
        }
        Err(error) => {
            slot.failure = Some(Failure::retryable(error));
            slot.failed_for = sent;
            slot.uncertain = true;
        }
    }
}

/// Whether the API refused the voucher itself (as opposed to failing to answer).
fn is_refusal(error: &ApiError) -> bool {
    matches!(error.kind, ErrorKind::BadRequest | ErrorKind::NotFound | ErrorKind::Forbidden)
}

fn voucher_checked(
    state: &mut State,
    req: u64,
    code: String,
    result: Result<crate::api::models::Eligibility, ApiError>,
) {
    if !state.requests.settle(ReqKind::VoucherCheck, req) {
        return;
    }
    let screen = &mut state.voucher_screen;
    screen.checking = None;
    match result {
        Ok(eligibility) if eligibility.voucher_needs_missing_payment_method() => {
            // As the Control Panel: refused now, not at the review's quote.
            let message = tr(state.lang, msgid!("voucher-code-payment-mean"));
            screen.refusal = Some(VoucherRefusal { code, message, query_id: None });
        }
        Ok(eligibility) => {
            let credit = eligibility.voucher.map(|voucher| voucher.credit);
            state.draft.voucher = Some(AcceptedVoucher { code, credit });
            state.pipeline.voucher.failure = None;
            if state.step == Step::Voucher {
                super::steps::advance(state);
            }
        }
        Err(error) if is_refusal(&error) => {
            screen.refusal = Some(VoucherRefusal { code, message: error.message, query_id: error.query_id });
        }
        Err(error) => screen.failure = Some((code, Failure::retryable(error))),
    }
}

/// A new quote with other contracts than those the person accepted: the acceptance (and
/// the approval of their clauses) was for those, so both boxes are unticked, and the review
/// says why.
fn contracts_may_have_changed(state: &mut State) {
    let Some(quote) = state.quote() else { return };
    let consents = &state.draft.consents;
    if consents.contracts.as_ref().is_none_or(|accepted| *accepted == quote.contracts) {
        return;
    }
    let consents = &mut state.draft.consents;
    consents.contracts = None;
    consents.italian_clauses = false;
    if state.step == Step::Review {
        state.review.refusal = Some(OrderRefusal::ContractsChanged);
    }
}

/// What checking again found: the order (then exactly as after a checkout's answer), the
/// cart proven not ordered (back to where it can be ordered, the waiver unticked), or
/// still nothing known (the state stays, with the new reason).
fn rechecked(state: &mut State, req: u64, result: Recheck, effects: &mut Vec<Effect>) {
    if !state.requests.settle(ReqKind::Recheck, req) {
        return;
    }
    let OrderState::MaybePlaced(maybe) = &mut state.order else { return };
    match result {
        Recheck::Found(placed) => {
            // As after a checkout's answer; the executor wrote the receipt from the journal,
            // with the consent as that run gave it.
            state.step = Step::Order;
            order_placed(state, placed, effects);
        }
        Recheck::NotOrdered => {
            let (cart_id, earlier_run) = (maybe.cart_id.clone(), maybe.earlier_run);
            state.order = OrderState::NotPlaced;
            state.draft.consents.untick_all();
            match earlier_run {
                // Another run's cart, open again: the browser shows it, to be resumed.
                Some(step) => {
                    state.step = step;
                    super::browser::show_cart(state, cart_id, effects);
                }
                None => super::steps::enter(state, Step::Review),
            }
        }
        Recheck::StillUnknown(error) => {
            maybe.checking = false;
            maybe.error = Some(error);
        }
    }
}

fn order_placed(state: &mut State, placed: PlacedOrder, effects: &mut Vec<Effect>) {
    let order_id = placed.order_id;
    state.order = OrderState::Placed(Box::new(PlacedState {
        order: placed,
        status: None,
        follow_up: Vec::new(),
        project_id: None,
        follow_failure: None,
        stopped: None,
        receipt: None,
    }));
    effects.push(Effect::FollowOrder { req: state.requests.issue(ReqKind::Follow), order_id });
}
