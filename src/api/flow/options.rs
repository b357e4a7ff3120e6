//! A product's options (the HDS certification, see `api::products`): listed for a plan,
//! added to the project item with their `renew` price, removed by deleting their item.
//! An addition whose answer was lost is settled by reading the cart's items before
//! anything is sent again, as for the project item.

use super::cart::{item_path, list_items, product_path};
use crate::api::client::{Client, with_query};
use crate::api::error::ApiError;
use crate::api::models::{Item, OptionCreation, OptionOffer};
use crate::api::products::{OptionKind, PROJECT};

/// `GET /order/cart/{cartId}/cloud/options?planCode=`: the options of the plan.
pub async fn list_options(client: &Client, cart_id: &str, plan_code: &str) -> Result<Vec<OptionOffer>, ApiError> {
    client.get(&with_query(&format!("{}/options", product_path(cart_id)), &[("planCode", plan_code)])).await
}

/// An option as it is added: the offer's `renew` price.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionChoice {
    pub kind: OptionKind,
    pub plan_code: String,
    pub duration: String,
    pub pricing_mode: String,
}

impl OptionChoice {
    pub fn creation(&self, item_id: i64) -> OptionCreation {
        OptionCreation {
            duration: self.duration.clone(),
            item_id,
            plan_code: self.plan_code.clone(),
            pricing_mode: self.pricing_mode.clone(),
            quantity: 1,
        }
    }
}

/// The listed offer of option `kind` (its plan code on either API, in its family).
pub fn option_offer(options: &[OptionOffer], kind: OptionKind) -> Option<&OptionOffer> {
    let wanted = PROJECT.option(kind);
    options.iter().find(|o| {
        let code = o.offer.plan_code.as_str();
        (code == wanted.plan_code.eu_ca || code == wanted.plan_code.us) && o.family == wanted.family
    })
}

/// Option `kind` among the listed ones, with its `renew` price; `None` when it is not sold.
pub fn pick_option(options: &[OptionOffer], kind: OptionKind) -> Option<OptionChoice> {
    let offer = option_offer(options, kind)?;
    let pricing = offer.offer.prices.iter().find(|p| p.has_capacity("renew"))?;
    Some(OptionChoice {
        kind,
        plan_code: offer.offer.plan_code.clone(),
        duration: pricing.duration.clone(),
        pricing_mode: pricing.pricing_mode.clone(),
    })
}

/// The options of kind `kind` the cart's item `parent` holds.
fn option_items(items: Vec<Item>, parent: i64, kind: OptionKind) -> Vec<Item> {
    items
        .into_iter()
        .filter(|i| i.parent_item_id == Some(parent))
        .filter(|i| {
            i.settings.plan_code.as_deref().and_then(|c| PROJECT.option_of_plan(c)).map(|o| o.kind) == Some(kind)
        })
        .collect()
}

async fn find_option_item(
    client: &Client,
    cart_id: &str,
    parent: i64,
    kind: OptionKind,
) -> Result<Option<Item>, ApiError> {
    Ok(option_items(list_items(client, cart_id).await?, parent, kind).into_iter().next())
}

/// Adds the option to the project item `item_id`, unless the item has it already. A lost
/// answer is settled by reading the cart's items: the option found there is the answer.
pub async fn add_option(client: &Client, cart_id: &str, item_id: i64, choice: &OptionChoice) -> Result<Item, ApiError> {
    if let Some(item) = find_option_item(client, cart_id, item_id, choice.kind).await? {
        return Ok(item);
    }
    let path = format!("{}/options", product_path(cart_id));
    let body = choice.creation(item_id);
    let (path, body) = (&path, &body);
    super::send_reconciled(
        move || client.post(path, body),
        move || find_option_item(client, cart_id, item_id, choice.kind),
    )
    .await
}

/// Removes every option of kind `kind` from the project item `item_id`
/// (`DELETE /order/cart/{cartId}/item/{itemId}`); one already gone counts as removed.
pub async fn remove_option(client: &Client, cart_id: &str, item_id: i64, kind: OptionKind) -> Result<(), ApiError> {
    for option in option_items(list_items(client, cart_id).await?, item_id, kind) {
        match client.delete::<()>(&item_path(cart_id, option.item_id)).await {
            // Gone already, unless the cart is: asking for the cart tells which.
            Err(e) if e.status == Some(404) => super::get_cart(client, cart_id).await.map(|_| ())?,
            other => other?,
        }
    }
    Ok(())
}

/// The kinds of option the cart's item `parent` holds (a resumed cart's).
pub fn options_of(items: &[Item], parent: i64) -> Vec<OptionKind> {
    items
        .iter()
        .filter(|i| i.parent_item_id == Some(parent))
        .filter_map(|i| i.settings.plan_code.as_deref().and_then(|c| PROJECT.option_of_plan(c)).map(|o| o.kind))
        .collect()
}
