//! `/order/cart` (C1–C19, C23–C25): carts, their items and configurations, coupons.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};

use super::catalog;
use super::fixtures::{self, market};
use super::reply::{Handled, Reply, bad_request, forbidden, no_object, parse_body, parse_optional_body};
use super::router::{Ctx, long_param, printable};
use super::state::{CartRec, ItemRec, World, format_time};
use crate::api::models::{
    Cart, CartCreation, CartUpdate, ConfigurationCreation, ConfigurationItem, CouponCreation, ItemUpdate,
    OptionCreation, ProductCreation,
};

/// The cart, or 404 when it never existed or has expired.
pub fn find<'w>(world: &'w mut World, cart_id: &str) -> Result<&'w mut CartRec, Reply> {
    world.drop_expired_carts();
    world.carts.get_mut(cart_id).ok_or_else(|| no_object("cartId", printable(cart_id)))
}

/// Refuses changes to a cart that was checked out (assumption, §13.2).
pub fn writable(cart: &CartRec) -> Result<(), Reply> {
    if cart.read_only {
        Err(forbidden(format!("The cart {} has already been checked out and is read-only", cart.id)))
    } else {
        Ok(())
    }
}

fn view(cart: &CartRec) -> Cart {
    Cart {
        cart_id: cart.id.clone(),
        description: cart.description.clone(),
        expire: Some(format_time(cart.expire)),
        items: cart.items.keys().copied().collect(),
        read_only: cart.read_only,
    }
}

fn parse_expire(raw: &str) -> Result<DateTime<Utc>, Reply> {
    DateTime::parse_from_rfc3339(raw.trim())
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| bad_request(format!("Invalid value for expire: {} is not an ISO 8601 datetime", printable(raw))))
}

pub fn list(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let account = ctx.account()?;
    world.drop_expired_carts();
    let description = ctx.query("description");
    let mut ids: Vec<&CartRec> = world
        .carts
        .values()
        .filter(|c| c.owner.as_deref() == Some(account))
        .filter(|c| description.is_none_or(|d| c.description == d))
        .collect();
    ids.sort_by(|a, b| a.expire.cmp(&b.expire).then(a.id.cmp(&b.id)));
    Reply::ok(&ids.iter().map(|c| c.id.as_str()).collect::<Vec<_>>())
}

pub fn create(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let body: CartCreation = parse_body(ctx.body)?;
    let Some(market) = market(&body.ovh_subsidiary) else {
        return Err(bad_request(format!(
            "Invalid value for ovhSubsidiary: {} is not a subsidiary of this API",
            printable(&body.ovh_subsidiary)
        )));
    };
    let expire = match body.expire.as_deref() {
        Some(raw) => parse_expire(raw)?,
        None => world.now() + Duration::seconds(world.config.cart_ttl_secs),
    };
    let id = world.uuid();
    let cart = CartRec {
        id: id.clone(),
        market,
        description: body.description.unwrap_or_default(),
        expire,
        owner: None,
        read_only: false,
        items: BTreeMap::new(),
        coupons: Vec::new(),
    };
    let answer = view(&cart);
    world.carts.insert(id, cart);
    Reply::ok(&answer)
}

pub fn get(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    Reply::ok(&view(find(world, cart_id)?))
}

pub fn update(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let body: CartUpdate = parse_body(ctx.body)?;
    let expire = body.expire.as_deref().map(parse_expire).transpose()?;
    let cart = find(world, cart_id)?;
    writable(cart)?;
    if let Some(description) = body.description {
        cart.description = description;
    }
    if let Some(expire) = expire {
        cart.expire = expire;
    }
    Reply::ok(&view(cart))
}

pub fn delete(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let account = ctx.account()?.to_owned();
    let cart = find(world, cart_id)?;
    if cart.owner.as_deref().is_some_and(|owner| owner != account) {
        return Err(forbidden("You are not allowed"));
    }
    world.carts.remove(cart_id);
    Reply::void()
}

/// Assigning to the same account again is fine; taking another account's cart is not.
pub fn assign(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let account = ctx.account()?.to_owned();
    // Clients send no body, `{}` or `{"cartId":…}` (§3); only malformed JSON is refused.
    let _: Option<serde_json::Value> = parse_optional_body(ctx.body)?;
    let cart = find(world, cart_id)?;
    match &cart.owner {
        Some(owner) if *owner != account => Err(forbidden("You are not allowed")),
        _ => {
            cart.owner = Some(account);
            Reply::void()
        }
    }
}

pub fn offers(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let market = find(world, cart_id)?.market;
    Reply::ok(&catalog::offers(&world.config, market))
}

fn new_item(
    world: &mut World,
    plan_code: String,
    duration: String,
    pricing_mode: String,
    parent: Option<i64>,
) -> ItemRec {
    ItemRec {
        id: world.next_id(),
        plan_code,
        duration,
        pricing_mode,
        quantity: 1,
        parent,
        configurations: BTreeMap::new(),
    }
}

pub fn add_product(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let body: ProductCreation = parse_body(ctx.body)?;
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let plan = cart.market.project_plan_code();
    if body.plan_code != plan {
        return Err(bad_request(format!(
            "Invalid planCode {} for product cloud: available plans are {plan}",
            printable(&body.plan_code)
        )));
    }
    catalog::check_terms(&body.duration, &body.pricing_mode, body.quantity).map_err(bad_request)?;
    let item = new_item(world, body.plan_code, body.duration, body.pricing_mode, None);
    insert_item(world, cart_id, item)
}

fn insert_item(world: &mut World, cart_id: &str, item: ItemRec) -> Handled {
    let config = world.config.clone();
    let cart = find(world, cart_id)?;
    let id = item.id;
    cart.items.insert(id, item);
    let answer = cart.items.get(&id).map(|item| catalog::item_view(&config, cart, item));
    Reply::ok(&answer)
}

pub fn options(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let Some(plan_code) = ctx.query("planCode") else {
        return Err(bad_request("Missing parameter planCode"));
    };
    let market = find(world, cart_id)?.market;
    Reply::ok(&catalog::options(&world.config, market, plan_code))
}

pub fn add_option(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let body: OptionCreation = parse_body(ctx.body)?;
    let config = world.config.clone();
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let Some(parent) = cart.items.get(&body.item_id) else { return Err(no_object("itemId", body.item_id)) };
    // An option hangs on a project item of this cart, never on another option.
    if parent.parent.is_some() || parent.plan_code != cart.market.project_plan_code() {
        return Err(bad_request(format!(
            "Invalid itemId {}: item {} of cart {} is not a project item ({})",
            body.item_id, body.item_id, cart.id, parent.plan_code
        )));
    }
    let offered = catalog::options(&config, cart.market, &parent.plan_code);
    if !offered.iter().any(|o| o.offer.plan_code == body.plan_code) {
        return Err(bad_request(format!(
            "Invalid planCode {} for an option of {}",
            printable(&body.plan_code),
            parent.plan_code
        )));
    }
    if cart.items.values().any(|i| i.parent == Some(body.item_id) && i.plan_code == body.plan_code) {
        return Err(bad_request(format!("The option {} is already in the cart", body.plan_code)));
    }
    catalog::check_terms(&body.duration, &body.pricing_mode, body.quantity).map_err(bad_request)?;
    let item = new_item(world, body.plan_code, body.duration, body.pricing_mode, Some(body.item_id));
    insert_item(world, cart_id, item)
}

pub fn items(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    Reply::ok(&find(world, cart_id)?.items.keys().copied().collect::<Vec<_>>())
}

fn find_item<'c>(cart: &'c mut CartRec, raw_item: &str) -> Result<&'c mut ItemRec, Reply> {
    let item_id = long_param("itemId", raw_item)?;
    cart.items.get_mut(&item_id).ok_or_else(|| no_object("itemId", item_id))
}

pub fn item(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str, item_id: &str) -> Handled {
    let config = world.config.clone();
    let cart = find(world, cart_id)?;
    let item = find_item(cart, item_id)?.clone();
    Reply::ok(&catalog::item_view(&config, cart, &item))
}

pub fn update_item(world: &mut World, ctx: &Ctx<'_>, cart_id: &str, item_id: &str) -> Handled {
    let body: ItemUpdate = parse_body(ctx.body)?;
    let config = world.config.clone();
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let item = find_item(cart, item_id)?;
    let duration = body.duration.unwrap_or_else(|| item.duration.clone());
    let quantity = body.quantity.unwrap_or(item.quantity);
    catalog::check_terms(&duration, &item.pricing_mode, quantity).map_err(bad_request)?;
    item.duration = duration;
    item.quantity = quantity;
    let item = item.clone();
    Reply::ok(&catalog::item_view(&config, cart, &item))
}

pub fn delete_item(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str, item_id: &str) -> Handled {
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let id = find_item(cart, item_id)?.id;
    // Options go with the item they belong to.
    cart.items.retain(|_, i| i.id != id && i.parent != Some(id));
    Reply::void()
}

pub fn required_configuration(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str, item_id: &str) -> Handled {
    let cart = find(world, cart_id)?;
    let market = cart.market;
    let item = find_item(cart, item_id)?;
    Reply::ok(&catalog::requirements(market, &item.plan_code))
}

pub fn configurations(world: &mut World, ctx: &Ctx<'_>, cart_id: &str, item_id: &str) -> Handled {
    let label = ctx.query("label");
    let item = find_item(find(world, cart_id)?, item_id)?;
    let ids: Vec<i64> =
        item.configurations.values().filter(|c| label.is_none_or(|l| c.label == l)).map(|c| c.id).collect();
    Reply::ok(&ids)
}

pub fn add_configuration(world: &mut World, ctx: &Ctx<'_>, cart_id: &str, item_id: &str) -> Handled {
    let body: ConfigurationCreation = parse_body(ctx.body)?;
    let id = world.next_id();
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let market = cart.market;
    let item = find_item(cart, item_id)?;
    let known = catalog::requirements(market, &item.plan_code);
    if !known.iter().any(|r| r.label == body.label) {
        return Err(bad_request(format!(
            "Custom field {} is not available for product {}",
            printable(&body.label),
            item.plan_code
        )));
    }
    if item.config(&body.label).is_some() {
        return Err(bad_request(format!("Custom field {} is duplicated for product {}", body.label, item.plan_code)));
    }
    // An unknown or expired voucher is stored like any value; quote and checkout refuse it.
    let config = ConfigurationItem { id, label: body.label, value: body.value };
    item.configurations.insert(id, config.clone());
    Reply::ok(&config)
}

fn find_configuration<'i>(item: &'i mut ItemRec, raw: &str) -> Result<&'i ConfigurationItem, Reply> {
    let id = long_param("configurationId", raw)?;
    item.configurations.get(&id).ok_or_else(|| no_object("configurationId", id))
}

pub fn configuration(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str, item_id: &str, config_id: &str) -> Handled {
    let item = find_item(find(world, cart_id)?, item_id)?;
    Reply::ok(find_configuration(item, config_id)?)
}

pub fn delete_configuration(
    world: &mut World,
    _ctx: &Ctx<'_>,
    cart_id: &str,
    item_id: &str,
    config_id: &str,
) -> Handled {
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let item = find_item(cart, item_id)?;
    let id = find_configuration(item, config_id)?.id;
    item.configurations.remove(&id);
    Reply::void()
}

pub fn coupons(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    Reply::ok(&find(world, cart_id)?.coupons)
}

/// Coupons are not how Public Cloud takes vouchers (§4.7); the sandbox accepts the demo
/// codes here too so the route behaves, and refuses anything else at once.
pub fn add_coupon(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let body: CouponCreation = parse_body(ctx.body)?;
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let voucher = fixtures::check_voucher(&body.coupon).map_err(bad_request)?;
    if !cart.coupons.iter().any(|c| c == voucher.code) {
        cart.coupons.push(voucher.code.to_owned());
    }
    Reply::ok(&cart.coupons)
}

pub fn delete_coupon(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let Some(coupon) = ctx.query("coupon").map(str::to_owned) else {
        return Err(bad_request("Missing parameter coupon"));
    };
    let cart = find(world, cart_id)?;
    writable(cart)?;
    let before = cart.coupons.len();
    cart.coupons.retain(|c| !c.eq_ignore_ascii_case(&coupon));
    if cart.coupons.len() == before {
        return Err(no_object("coupon", printable(&coupon)));
    }
    Reply::void()
}
