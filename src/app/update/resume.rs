//! Resuming a cart from the browser: the draft and the pipeline take what the cart already
//! holds (so nothing is added or sent twice), and the wizard opens at the first step the
//! cart still needs.
//!
//! A cart does not say which subsidiary it was made for. The account's subsidiary is
//! assumed (the detail page says so); confirming it again on step 1 keeps the cart, and
//! choosing another one makes a new cart and leaves this one on the account.

use super::results::renew_choice;
use crate::api::endpoints::Subsidiary;
use crate::api::models::Item;
use crate::app::carts::{CartDetail, CartRefusal};
use crate::app::effect::{ConfigLabel, Effect, OptionChoice, OptionKind, PlanChoice};
use crate::app::msg::{CartReady, ProjectItem};
use crate::app::requests::ReqKind;
use crate::app::state::{AcceptedVoucher, ConfigSlot, OptionSlot, OrderState, Pipeline, Remote, State, Step};
use crate::app::text_field::TextField;
use crate::app::validate;

/// What the wizard takes from the cart.
struct Resumed {
    cart: CartReady,
    subsidiary: &'static Subsidiary,
    /// The project item and the plan it was added with.
    project: Option<(i64, PlanChoice)>,
    description: Option<String>,
    voucher: Option<String>,
    /// The options the project item holds, as the draft wants them (at the cart's price
    /// where it still sells them).
    options: Vec<OptionChoice>,
}

/// Enter on the detail page.
pub fn resume(state: &mut State, effects: &mut Vec<Effect>) {
    let Some(detail) = state.browser.detail.ready() else { return };
    if state.open_cart_id() == Some(detail.summary.cart.cart_id.as_str()) {
        // Already the wizard's cart: just go back to it.
        state.browser.page = None;
        state.browser.start_screen = false;
        return;
    }
    match take(state, detail) {
        Ok(resumed) => apply(state, resumed, effects),
        Err(refusal) => state.browser.refusal = Some(refusal),
    }
}

/// The subsidiary a resumed cart is taken to belong to: the account's when known.
pub fn assumed_subsidiary(state: &State) -> Option<&'static Subsidiary> {
    let find = |code: &str| state.subsidiaries.iter().copied().find(|s| s.code.eq_ignore_ascii_case(code));
    state
        .account_subsidiary()
        .and_then(find)
        .or(state.draft.subsidiary)
        .or_else(|| state.subsidiary_screen.highlighted.and_then(find))
        .or(state.subsidiaries.first().copied())
}

/// The item a project order is made of: a top-level item with a plan.
fn is_project(item: &Item) -> bool {
    item.parent_item_id.is_none() && item.settings.plan_code.is_some()
}

fn take(state: &State, detail: &CartDetail) -> Result<Resumed, CartRefusal> {
    let summary = &detail.summary;
    if state.order != OrderState::NotPlaced {
        return Err(CartRefusal::OrderPlaced);
    }
    if summary.cart.read_only {
        return Err(CartRefusal::ReadOnly);
    }
    if summary.expired {
        return Err(CartRefusal::Expired);
    }
    let Some(Ok(offers)) = &detail.offers else { return Err(CartRefusal::NoOffers) };
    let projects: Vec<_> = detail.items.iter().filter(|entry| is_project(&entry.item)).collect();
    if projects.len() > 1 {
        return Err(CartRefusal::SeveralProjects);
    }
    let subsidiary = assumed_subsidiary(state).ok_or(CartRefusal::NoOffers)?;
    let project = projects.first().map(|entry| {
        let item = &entry.item;
        let plan_code = item.settings.plan_code.clone().unwrap_or_default();
        // The offer's renew price when the plan is still offered, as the plan step would pick.
        let plan = offers.iter().find(|o| o.plan_code == plan_code).and_then(renew_choice).unwrap_or(PlanChoice {
            plan_code,
            duration: item.duration.clone().unwrap_or_default(),
            pricing_mode: item.settings.pricing_mode.clone().unwrap_or_else(|| "default".to_owned()),
        });
        (item.item_id, plan)
    });
    let label = |wanted: ConfigLabel| {
        projects
            .first()
            .and_then(|entry| entry.configurations.iter().find(|c| wanted == c.label.as_str()).map(|c| c.value.clone()))
    };
    let cart = CartReady {
        cart_id: summary.cart.cart_id.clone(),
        subsidiary: subsidiary.code.to_owned(),
        expire: summary.cart.expire.clone(),
        offers: offers.clone(),
        options: detail.options.clone(),
    };
    let items: Vec<Item> = detail.items.iter().map(|entry| entry.item.clone()).collect();
    let options = match &project {
        Some((item_id, plan)) => crate::api::flow::options_of(&items, *item_id)
            .into_iter()
            .map(|kind| held_option(&items, *item_id, kind, cart.options_of(&plan.plan_code)))
            .collect(),
        None => Vec::new(),
    };
    Ok(Resumed {
        cart,
        subsidiary,
        project,
        description: label(ConfigLabel::Description),
        voucher: label(ConfigLabel::Voucher),
        options,
    })
}

/// An option the item holds, as the draft wants it: the cart's offer of it when sold,
/// else as the item was added (so that resuming never removes it behind the person's back).
fn held_option(
    items: &[Item],
    parent: i64,
    kind: OptionKind,
    sold: &[crate::api::models::OptionOffer],
) -> OptionChoice {
    crate::api::flow::pick_option(sold, kind).unwrap_or_else(|| {
        let item = items.iter().find(|i| {
            i.parent_item_id == Some(parent)
                && i.settings
                    .plan_code
                    .as_deref()
                    .and_then(|c| crate::api::products::PROJECT.option_of_plan(c))
                    .map(|o| o.kind)
                    == Some(kind)
        });
        OptionChoice {
            kind,
            plan_code: item.and_then(|i| i.settings.plan_code.clone()).unwrap_or_default(),
            duration: item.and_then(|i| i.duration.clone()).unwrap_or_default(),
            pricing_mode: item.and_then(|i| i.settings.pricing_mode.clone()).unwrap_or_default(),
        }
    })
}

fn apply(state: &mut State, resumed: Resumed, effects: &mut Vec<Effect>) {
    // A cart this session made and now leaves holds nothing the draft does not: it goes,
    // as it would when the subsidiary changes. A cart still being made is deleted when
    // its (now unwanted) answer arrives.
    if let Remote::Ready(old) = &state.pipeline.cart
        && !state.pipeline.adopted
    {
        effects.push(Effect::DeleteCart { cart_id: old.cart_id.clone() });
    }
    for kind in
        [ReqKind::Cart, ReqKind::Project, ReqKind::Description, ReqKind::Voucher, ReqKind::Options, ReqKind::Quote]
    {
        state.requests.forget(kind);
    }
    let plan_cursor = resumed
        .project
        .as_ref()
        .and_then(|(_, plan)| resumed.cart.offers.iter().position(|o| o.plan_code == plan.plan_code))
        .unwrap_or(0);
    state.pipeline = Pipeline {
        item: match &resumed.project {
            Some((item_id, _)) => Remote::Ready(ProjectItem { item_id: *item_id, requirements: Vec::new() }),
            None => Remote::Idle,
        },
        description: ConfigSlot { applied: resumed.description.clone(), ..ConfigSlot::default() },
        voucher: ConfigSlot { applied: resumed.voucher.clone(), ..ConfigSlot::default() },
        options: OptionSlot { applied: resumed.options.iter().map(|o| o.kind).collect(), ..OptionSlot::default() },
        cart: Remote::Ready(resumed.cart),
        adopted: true,
        ..Pipeline::default()
    };

    let draft = &mut state.draft;
    draft.subsidiary = Some(resumed.subsidiary);
    draft.plan = resumed.project.as_ref().map(|(_, plan)| plan.clone());
    draft.options = resumed.options;
    // A description that is not a valid name is shown in the name step to be corrected.
    draft.name = resumed.description.as_deref().and_then(|d| validate::project_name(d).ok());
    draft.voucher = resumed.voucher.clone().map(|code| AcceptedVoucher { code, credit: None });
    // Consent is given for an order, on its review: never carried into another cart.
    draft.consents.untick_all();

    state.subsidiary_screen.highlighted = Some(resumed.subsidiary.code);
    state.subsidiary_screen.settled = true;
    state.plan_cursor = plan_cursor;
    state.plan_refusal = None;
    if let Some(description) = &resumed.description {
        state.name_field = TextField::with_value(description);
    }
    state.name_error = None;
    state.voucher_screen = Default::default();
    if let Some(code) = &resumed.voucher {
        state.voucher_screen.field = TextField::with_value(code);
    }
    state.browser.page = None;
    state.browser.start_screen = false;

    super::steps::enter(state, Step::first_unanswered(&state.draft));
}
