//! C20–C22: the summary, the checkout quote (dry run) and the checkout that turns a cart
//! into an order.

use super::carts::{find, writable};
use super::demo;
use super::pricing;
use super::reply::{Handled, Reply, bad_request, forbidden, parse_optional_body};
use super::router::Ctx;
use super::state::{CartRec, OrderLine, OrderRec, World};
use crate::api::models::CheckoutRequest;

/// The cart, if the caller may check it out: it must be assigned to the caller (§12).
fn owned<'w>(world: &'w mut World, ctx: &Ctx<'_>, cart_id: &str) -> Result<&'w mut CartRec, Reply> {
    let account = ctx.account()?.to_owned();
    let cart = find(world, cart_id)?;
    if cart.owner.as_deref() != Some(account.as_str()) {
        return Err(forbidden("You are not allowed"));
    }
    Ok(cart)
}

/// C20: the prices and contracts as they stand, without the checkout checks.
pub fn summary(world: &mut World, _ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let config = world.config.clone();
    let cart = find(world, cart_id)?;
    Reply::ok(&pricing::order(&config, cart, None, None))
}

/// C21: the dry run of checkout; refuses what checkout would refuse.
pub fn quote(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let config = world.config.clone();
    let account = ctx.account()?.to_owned();
    let cart = owned(world, ctx, cart_id)?;
    writable(cart)?;
    pricing::check_ready(cart, &account, config.situation)?;
    Reply::ok(&pricing::order(&config, cart, None, None))
}

/// C22: creates the order, makes the cart read-only, pays at once when asked to and the
/// account has a default payment method.
pub fn checkout(world: &mut World, ctx: &Ctx<'_>, cart_id: &str) -> Handled {
    let request: CheckoutRequest = parse_optional_body(ctx.body)?;
    let config = world.config.clone();
    let account = ctx.account()?.to_owned();
    {
        let cart = owned(world, ctx, cart_id)?;
        writable(cart)?;
        pricing::check_ready(cart, &account, config.situation)?;
    }
    // The rule real first-time accounts meet (Terraform provider issue #229).
    if let Some(action) = config.situation.required_action() {
        return Err(bad_request(format!("Found eligibility issues: {action}")));
    }
    let order_id = world.next_id();
    let project_id = world.project_id();
    let password = world.token(8).to_lowercase();
    let now = world.now();
    let mut detail_ids = Vec::new();
    let cart = find(world, cart_id)?;
    let lines = pricing::lines(&config, cart);
    let totals = pricing::totals(cart, &lines);
    let quote = pricing::order(&config, cart, Some(order_id), Some(format!("{}/sandbox/pay/{order_id}", ctx.origin())));
    let description = cart.items.values().find_map(|i| i.config("description")).map(|c| c.value.clone());
    let cart_snapshot = cart.clone();
    cart.read_only = true;
    for _ in &lines {
        detail_ids.push(world.next_id());
    }
    let auto_pay = request.auto_pay_with_preferred_payment_method.unwrap_or(false)
        && demo::payment_methods(&account, config.situation).iter().any(|m| m.default && m.status == "VALID");
    let order = OrderRec {
        id: order_id,
        owner: account,
        market: cart_snapshot.market,
        created: now,
        lines: lines
            .into_iter()
            .zip(detail_ids)
            .map(|(line, detail_id)| OrderLine {
                detail_id,
                description: pricing::describe(&cart_snapshot, &line.item),
                unit_ucents: line.unit,
                placeholder: line.domain,
                item: line.item,
            })
            .collect(),
        without_tax_ucents: totals.without_tax,
        tax_ucents: totals.tax,
        with_tax_ucents: totals.with_tax,
        paid_at: auto_pay.then_some(now),
        hold: config.situation.hold(),
        waived_retraction: request.waive_retractation_period.unwrap_or(false),
        project_id,
        project_description: description,
        password,
    };
    world.orders.insert(order_id, order);
    Reply::ok(&quote)
}
