//! Cart, item and configuration steps. The product's path segment and plan codes come
//! from its descriptor (`api::products`).

use super::flow_error;
use crate::api::client::{Client, segment, with_query};
use crate::api::error::{ApiError, ErrorKind, Outcome};
use crate::api::models::{
    Cart, CartCreation, ConfigurationCreation, ConfigurationItem, ConfigurationRequirement, Item, ProductCreation,
    ProductOffer,
};
use crate::api::products::{ConfigLabel, PROJECT};

/// The description ovhcart gives its carts, so that they can be recognised later:
/// `ovhcart 2026-11-21T10:00Z #3f9a0c1e`. The tag makes it unique to one flow, so that a
/// cart whose creation answer was lost can be found with `GET /order/cart?description=`.
pub const CART_DESCRIPTION_PREFIX: &str = "ovhcart ";

pub fn cart_description(now: chrono::DateTime<chrono::Utc>) -> String {
    format!("{CART_DESCRIPTION_PREFIX}{} #{:08x}", now.format("%Y-%m-%dT%H:%MZ"), fastrand::u32(..))
}

pub fn is_ovhcart_cart(cart: &Cart) -> bool {
    cart.description.starts_with(CART_DESCRIPTION_PREFIX)
}

fn cart_path(cart_id: &str) -> String {
    format!("/order/cart/{}", segment(cart_id))
}

/// `/order/cart/{cartId}/cloud`: where the project's offers are listed and its item added.
pub(super) fn product_path(cart_id: &str) -> String {
    format!("{}/{}", cart_path(cart_id), PROJECT.segment)
}

pub(super) fn item_path(cart_id: &str, item_id: i64) -> String {
    format!("{}/item/{item_id}", cart_path(cart_id))
}

/// Creates a cart for `subsidiary`. If the answer is lost, another one is created: an
/// unanswered cart was never assigned, holds nothing and expires by itself, so this can
/// neither lose nor duplicate anything of the person's.
pub async fn create_cart(client: &Client, subsidiary: &str, description: &str) -> Result<Cart, ApiError> {
    let body =
        CartCreation { ovh_subsidiary: subsidiary.to_owned(), description: Some(description.to_owned()), expire: None };
    // Nothing to read back (an unassigned cart is listed nowhere): sending again is the
    // settlement, and is harmless.
    let body = &body;
    super::send_reconciled(move || client.post("/order/cart", body), || async { Ok(None) }).await
}

/// [`create_cart`] sent unsigned: `POST /order/cart` is a `noAuthentication` route, so
/// the cart need not wait for the server time that signing needs (`GET /auth/time` can run
/// at the same time). The cart is the same: nobody's until it is assigned.
pub async fn create_cart_unsigned(client: &Client, subsidiary: &str, description: &str) -> Result<Cart, ApiError> {
    let body =
        CartCreation { ovh_subsidiary: subsidiary.to_owned(), description: Some(description.to_owned()), expire: None };
    // As in `create_cart`: sending again is the settlement (an unassigned cart is nobody's).
    let body = &body;
    super::send_reconciled(move || client.post_unsigned("/order/cart", body), || async { Ok(None) }).await
}

/// Assigns the cart to the account. Assigning twice to the same account is harmless, so
/// an unknown outcome is settled by sending it again.
pub async fn assign_cart(client: &Client, cart_id: &str) -> Result<(), ApiError> {
    let path = format!("{}/assign", cart_path(cart_id));
    let path = &path;
    super::send_reconciled(move || client.post_empty(path), || async { Ok(None) }).await
}

pub async fn get_cart(client: &Client, cart_id: &str) -> Result<Cart, ApiError> {
    client.get(&cart_path(cart_id)).await
}

/// The account's carts (ids), optionally only those with this exact description.
pub async fn list_carts(client: &Client, description: Option<&str>) -> Result<Vec<String>, ApiError> {
    let path = match description {
        Some(d) => with_query("/order/cart", &[("description", d)]),
        None => "/order/cart".to_owned(),
    };
    client.get(&path).await
}

pub async fn delete_cart(client: &Client, cart_id: &str) -> Result<(), ApiError> {
    client.delete(&cart_path(cart_id)).await
}

pub async fn list_offers(client: &Client, cart_id: &str) -> Result<Vec<ProductOffer>, ApiError> {
    client.get(&product_path(cart_id)).await
}

/// A new cart, assigned, with its Public Cloud offers. Assigning and listing the offers
/// are independent, so they run at the same time.
pub async fn prepare_cart(
    client: &Client,
    subsidiary: &str,
    description: &str,
) -> Result<(Cart, Vec<ProductOffer>), ApiError> {
    let cart = create_cart(client, subsidiary, description).await?;
    let (assigned, offers) = tokio::join!(assign_cart(client, &cart.cart_id), list_offers(client, &cart.cart_id));
    assigned?;
    Ok((cart, offers?))
}

/// The plan a project is ordered with: the offer's `renew` price (its duration and
/// pricing mode). Every front end chooses with this one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanChoice {
    pub plan_code: String,
    pub duration: String,
    pub pricing_mode: String,
}

impl PlanChoice {
    /// The offer's `renew` price, if it has one.
    pub fn renew(offer: &ProductOffer) -> Option<PlanChoice> {
        let pricing = offer.prices.iter().find(|p| p.has_capacity("renew"))?;
        Some(PlanChoice {
            plan_code: offer.plan_code.clone(),
            duration: pricing.duration.clone(),
            pricing_mode: pricing.pricing_mode.clone(),
        })
    }

    pub fn creation(&self) -> ProductCreation {
        ProductCreation {
            duration: self.duration.clone(),
            plan_code: self.plan_code.clone(),
            pricing_mode: self.pricing_mode.clone(),
            quantity: 1,
        }
    }
}

/// The project item as the offers are expected to describe it: the renew price of the
/// Public Cloud project plans is monthly (`P1M`) in the `default` pricing mode. Adding it
/// before the offers arrive saves a round trip; [`pick_plan`] on the offers confirms it.
pub fn expected_project(plan_code: &str) -> ProductCreation {
    ProductCreation { duration: "P1M".into(), plan_code: plan_code.into(), pricing_mode: "default".into(), quantity: 1 }
}

/// Picks `plan_code` among the offers, with the price whose capacities include `renew`
/// (as Terraform and the Control Panel do).
pub fn pick_plan(offers: &[ProductOffer], plan_code: &str) -> Result<PlanChoice, ApiError> {
    let path = "/order/cart/{cartId}/cloud";
    let Some(offer) = offers.iter().find(|o| o.plan_code == plan_code) else {
        let offered: Vec<&str> = offers.iter().map(|o| o.plan_code.as_str()).collect();
        return Err(flow_error(
            ErrorKind::InvalidResponse,
            Outcome::NotApplied,
            "GET",
            path,
            format!("the plan {plan_code} is not offered for this cart (offered: {})", offered.join(", ")),
        ));
    };
    PlanChoice::renew(offer).ok_or_else(|| {
        flow_error(
            ErrorKind::InvalidResponse,
            Outcome::NotApplied,
            "GET",
            path,
            format!("the plan {plan_code} has no price with the renew capacity"),
        )
    })
}

pub async fn list_items(client: &Client, cart_id: &str) -> Result<Vec<Item>, ApiError> {
    let ids: Vec<i64> = client.get(&format!("{}/item", cart_path(cart_id))).await?;
    super::get_all(client, ids.iter().map(|id| item_path(cart_id, *id)).collect()).await
}

/// The cart's project item for `plan_code`, if it has one already.
async fn find_project_item(client: &Client, cart_id: &str, plan_code: &str) -> Result<Option<Item>, ApiError> {
    let items = list_items(client, cart_id).await?;
    Ok(items.into_iter().find(|i| i.settings.plan_code.as_deref() == Some(plan_code) && i.parent_item_id.is_none()))
}

/// Adds the project item, unless the cart already has it. When the answer to the POST is
/// lost, the cart is read back: the item found there is used instead of adding another.
pub async fn add_project(client: &Client, cart_id: &str, plan: &ProductCreation) -> Result<Item, ApiError> {
    if let Some(item) = find_project_item(client, cart_id, &plan.plan_code).await? {
        return Ok(item);
    }
    add_project_to_new_cart(client, cart_id, plan).await
}

/// Adds the project item to a cart known to have none (one this run just created), which
/// saves reading the cart first. A lost answer is still settled by reading it back.
pub async fn add_project_to_new_cart(client: &Client, cart_id: &str, plan: &ProductCreation) -> Result<Item, ApiError> {
    let path = product_path(cart_id);
    let path = &path;
    super::send_reconciled(move || client.post(path, plan), move || find_project_item(client, cart_id, &plan.plan_code))
        .await
}

/// Settles a project item added from a guess (`guessed`, e.g. [`expected_project`]) before
/// the offers were known, once the offers give the plan to use (`wanted`). A right guess
/// keeps its item; a wrong one is deleted before `wanted` is added, so the cart never holds
/// two projects; a guess the API refused is followed by adding `wanted`. Any other failure
/// (an outcome still unknown, a failed read-back) stops here: an item may exist.
pub async fn confirm_project_item(
    client: &Client,
    cart_id: &str,
    guessed: &ProductCreation,
    added: Result<Item, ApiError>,
    wanted: &ProductCreation,
) -> Result<Item, ApiError> {
    if guessed == wanted {
        return added;
    }
    match added {
        Ok(item) => {
            delete_item(client, cart_id, item.item_id).await?;
            add_project_to_new_cart(client, cart_id, wanted).await
        }
        Err(e) if e.method == "POST" && e.outcome == Outcome::NotApplied && e.status.is_some_and(|s| s < 500) => {
            add_project_to_new_cart(client, cart_id, wanted).await
        }
        Err(e) => Err(e),
    }
}

pub async fn required_configuration(
    client: &Client,
    cart_id: &str,
    item_id: i64,
) -> Result<Vec<ConfigurationRequirement>, ApiError> {
    client.get(&format!("{}/requiredConfiguration", item_path(cart_id, item_id))).await
}

/// The item's configurations, optionally only those with `label`.
pub async fn configurations(
    client: &Client,
    cart_id: &str,
    item_id: i64,
    label: Option<ConfigLabel>,
) -> Result<Vec<ConfigurationItem>, ApiError> {
    let base = format!("{}/configuration", item_path(cart_id, item_id));
    let path = match label {
        Some(l) => with_query(&base, &[("label", l.as_str())]),
        None => base.clone(),
    };
    let ids: Vec<i64> = client.get(&path).await?;
    let all: Vec<ConfigurationItem> =
        super::get_all(client, ids.iter().map(|id| format!("{base}/{id}")).collect()).await?;
    // The label filter is applied again here: a server that ignores it must not make us
    // delete another label's configuration.
    Ok(all.into_iter().filter(|c| label.is_none_or(|l| l == c.label.as_str())).collect())
}

/// Sets `label` to `value`, replacing what the item had for that label (delete, then add).
/// Already set to that value: nothing is sent. A lost answer is settled by reading back.
pub async fn set_configuration(
    client: &Client,
    cart_id: &str,
    item_id: i64,
    label: ConfigLabel,
    value: &str,
) -> Result<ConfigurationItem, ApiError> {
    let existing = configurations(client, cart_id, item_id, Some(label)).await?;
    let (same, others): (Vec<_>, Vec<_>) = existing.into_iter().partition(|c| c.value == value);
    let kept = same.into_iter().next();
    for old in others {
        delete_configuration(client, cart_id, item_id, old.id).await?;
    }
    if let Some(kept) = kept {
        return Ok(kept);
    }
    add_configuration(client, cart_id, item_id, label, value).await
}

/// Adds `label` = `value` without looking first: for an item just created, which has no
/// configuration yet (one round trip fewer). A lost answer is settled by reading back.
pub async fn add_configuration(
    client: &Client,
    cart_id: &str,
    item_id: i64,
    label: ConfigLabel,
    value: &str,
) -> Result<ConfigurationItem, ApiError> {
    let path = format!("{}/configuration", item_path(cart_id, item_id));
    let body = ConfigurationCreation { label: label.as_str().to_owned(), value: value.to_owned() };
    let (path, body) = (&path, &body);
    super::send_reconciled(
        move || client.post(path, body),
        move || async move {
            let now = configurations(client, cart_id, item_id, Some(label)).await?;
            Ok(now.into_iter().find(|c| c.value == value))
        },
    )
    .await
}

/// Removes every configuration of the item with `label`.
pub async fn remove_configuration(
    client: &Client,
    cart_id: &str,
    item_id: i64,
    label: ConfigLabel,
) -> Result<(), ApiError> {
    for config in configurations(client, cart_id, item_id, Some(label)).await? {
        delete_configuration(client, cart_id, item_id, config.id).await?;
    }
    Ok(())
}

/// Deletes one configuration; one that is already gone counts as deleted.
pub async fn delete_configuration(client: &Client, cart_id: &str, item_id: i64, id: i64) -> Result<(), ApiError> {
    let path = format!("{}/configuration/{id}", item_path(cart_id, item_id));
    match client.delete::<()>(&path).await {
        // A 404 under the cart path means either "configuration gone" (fine) or "cart
        // gone" (not fine): asking for the cart tells which.
        Err(e) if e.status == Some(404) => get_cart(client, cart_id).await.map(|_| ()),
        other => other,
    }
}

pub async fn delete_item(client: &Client, cart_id: &str, item_id: i64) -> Result<(), ApiError> {
    client.delete(&item_path(cart_id, item_id)).await
}
