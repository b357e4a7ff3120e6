//! Keeps the server-side cart in line with the draft: one change at a time per thing, each
//! sent when what it depends on exists, and the quote fetched once everything is applied.

use crate::app::effect::{ConfigLabel, Effect};
use crate::app::requests::ReqKind;
use crate::app::state::{ConfigSlot, Pipeline, Remote, State};

/// Asks for a new cart for the draft's subsidiary, replacing the current one. Everything
/// downstream (item, configurations, quote) is redone from the draft once it is ready.
pub fn request_cart(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(subsidiary) = state.draft.subsidiary else { return };
    let old = std::mem::take(&mut state.pipeline);
    // A cart still being prepared is not known yet: its late answer is dropped and the
    // cart deleted then (see `results`).
    // A cart resumed from the browser is the person's: it stays on the account.
    let replaces = match old.cart {
        Remote::Ready(_) if old.adopted => None,
        Remote::Ready(cart) => Some(cart.cart_id),
        _ => old.replaces,
    };
    for kind in [ReqKind::Project, ReqKind::Description, ReqKind::Voucher, ReqKind::Options, ReqKind::Quote] {
        state.requests.forget(kind);
    }
    state.pipeline = Pipeline { cart: Remote::Loading, replaces: replaces.clone(), ..Pipeline::default() };
    let req = state.requests.issue(ReqKind::Cart);
    effects.push(Effect::PrepareCart { req, subsidiary: subsidiary.code.to_owned(), replaces });
}

/// Sends whatever the cart still lacks compared with the draft.
pub fn reconcile(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(cart_id) = state.cart_id().map(str::to_owned) else { return };
    if matches!(state.pipeline.item, Remote::Idle)
        && let Some(plan) = state.draft.plan.clone()
    {
        state.pipeline.item = Remote::Loading;
        let req = state.requests.issue(ReqKind::Project);
        effects.push(Effect::AddProject { req, cart_id: cart_id.clone(), plan });
    }
    let Some(item_id) = state.pipeline.item.ready().map(|item| item.item_id) else { return };
    let name = state.draft.name.clone();
    let voucher = state.draft.voucher.as_ref().map(|v| v.code.clone());
    let target = Target { cart_id: &cart_id, item_id };
    if let Some(effect) = sync(state, ReqKind::Description, ConfigLabel::Description, name, target) {
        effects.push(effect);
    }
    if let Some(effect) = sync(state, ReqKind::Voucher, ConfigLabel::Voucher, voucher, target) {
        effects.push(effect);
    }
    if let Some(effect) = sync_options(state, target) {
        effects.push(effect);
    }
    if state.cart_settled() && matches!(state.pipeline.quote, Remote::Idle) {
        state.pipeline.quote = Remote::Loading;
        let req = state.requests.issue(ReqKind::Quote);
        effects.push(Effect::LoadQuote { req, cart_id });
    }
}

#[derive(Clone, Copy)]
struct Target<'a> {
    cart_id: &'a str,
    item_id: i64,
}

fn slot(pipeline: &mut Pipeline, kind: ReqKind) -> &mut ConfigSlot {
    if kind == ReqKind::Voucher { &mut pipeline.voucher } else { &mut pipeline.description }
}

/// The effect that brings one configuration to `wanted`, unless one is on its way or failed.
fn sync(
    state: &mut State,
    kind: ReqKind,
    label: ConfigLabel,
    wanted: Option<String>,
    target: Target,
) -> Option<Effect> {
    let slot = slot(&mut state.pipeline, kind);
    if slot.sending.is_some() || slot.failure.is_some() || slot.applied == wanted {
        return None;
    }
    slot.sending = Some(wanted.clone());
    invalidate_quote(state);
    let req = state.requests.issue(kind);
    let (cart_id, item_id) = (target.cart_id.to_owned(), target.item_id);
    Some(match wanted {
        Some(value) => Effect::SetConfiguration { req, cart_id, item_id, label, value },
        None => Effect::RemoveConfiguration { req, cart_id, item_id, label },
    })
}

/// The effect that adds or removes one option the item has not as the draft wants, unless
/// one is on its way or failed.
fn sync_options(state: &mut State, target: Target) -> Option<Effect> {
    let slot = &state.pipeline.options;
    if slot.sending.is_some() || slot.failure.is_some() {
        return None;
    }
    let missing = state.draft.options.iter().find(|o| !slot.applied.contains(&o.kind)).cloned();
    let extra = slot.applied.iter().copied().find(|kind| !state.draft.options.iter().any(|o| o.kind == *kind));
    let (cart_id, item_id) = (target.cart_id.to_owned(), target.item_id);
    let effect = match (missing, extra) {
        (Some(option), _) => {
            state.pipeline.options.sending = Some((option.kind, true));
            Effect::AddOption { req: state.requests.issue(ReqKind::Options), cart_id, item_id, option }
        }
        (None, Some(kind)) => {
            state.pipeline.options.sending = Some((kind, false));
            Effect::RemoveOption { req: state.requests.issue(ReqKind::Options), cart_id, item_id, kind }
        }
        (None, None) => return None,
    };
    invalidate_quote(state);
    Some(effect)
}

/// The cart is about to change: any quote in hand or on its way is out of date.
fn invalidate_quote(state: &mut State) {
    state.pipeline.quote = Remote::Idle;
    state.requests.forget(ReqKind::Quote);
}
