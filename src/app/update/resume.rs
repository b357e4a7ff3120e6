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
use crate::app::effect::{Effect, LABEL_DESCRIPTION, LABEL_VOUCHER, PlanChoice};
use crate::app::msg::{CartReady, ProjectItem};
use crate::app::requests::ReqKind;
use crate::app::state::{AcceptedVoucher, ConfigSlot, OrderState, Pipeline, Remote, State, Step};
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
    let label = |wanted: &str| {
        projects
            .first()
            .and_then(|entry| entry.configurations.iter().find(|c| c.label == wanted).map(|c| c.value.clone()))
    };
    Ok(Resumed {
        cart: CartReady {
            cart_id: summary.cart.cart_id.clone(),
            subsidiary: subsidiary.code.to_owned(),
            expire: summary.cart.expire.clone(),
            offers: offers.clone(),
        },
        subsidiary,
        project,
        description: label(LABEL_DESCRIPTION),
        voucher: label(LABEL_VOUCHER),
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
    for kind in [ReqKind::Cart, ReqKind::Project, ReqKind::Description, ReqKind::Voucher, ReqKind::Quote] {
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
        cart: Remote::Ready(resumed.cart),
        adopted: true,
        ..Pipeline::default()
    };

    let draft = &mut state.draft;
    draft.subsidiary = Some(resumed.subsidiary);
    draft.plan = resumed.project.as_ref().map(|(_, plan)| plan.clone());
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
