//! `/me/order`: the account's orders, their payment, status, follow-up and details.
//! Status is derived from the time since payment (no timers): `notPaid` until paid, then
//! `checking` for the first third of the delivery time, `delivering`, then `delivered`.
//! An order held by the account's situation (see `situation`) is first reviewed for as
//! long as a delivery takes (`checking`), waits for documents (`documentsRequested`), or
//! is refused (`cancelled`).

use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::demo;
use super::reply::{Handled, Reply, bad_request, forbidden, no_object, parse_body};
use super::router::{Ctx, long_param, printable};
use super::situation::Hold;
use super::state::{OrderRec, World, format_time};
use crate::api::models::{
    BillingOrder, BillingOrderDetail, FollowUp, FollowUpEvent, FollowUpStatus, FollowUpStep, ItemDetail,
    ItemDetailOrder, ItemDetailPlan, LabelValue, OperationResource, OrderDetailOperation, OrderStatus,
    PayWithPaymentMethod, PayWithRegisteredPaymentMean, ProductName,
};

/// The statutory withdrawal window recorded on orders without a waiver.
const RETRACTION_DAYS: i64 = 14;
/// How long an unpaid order stays payable.
const EXPIRATION_DAYS: i64 = 14;

/// When the order's delivery starts: at payment, or once its review is over.
fn delivery_start(order: &OrderRec, delivery_ms: i64) -> Option<DateTime<Utc>> {
    let review = if order.hold == Hold::Review { delivery_ms } else { 0 };
    order.paid_at.map(|paid| paid + Duration::milliseconds(review))
}

/// Where an order stands at `now`.
pub fn status(order: &OrderRec, now: DateTime<Utc>, delivery_ms: i64) -> OrderStatus {
    let Some(start) = delivery_start(order, delivery_ms) else { return OrderStatus::NotPaid };
    match order.hold {
        Hold::Documents => return OrderStatus::DocumentsRequested,
        Hold::Refused => return OrderStatus::Cancelled,
        Hold::Review if now < start => return OrderStatus::Checking,
        _ => {}
    }
    let elapsed = (now - start).num_milliseconds();
    if elapsed >= delivery_ms {
        OrderStatus::Delivered
    } else if elapsed >= delivery_ms / 3 {
        OrderStatus::Delivering
    } else {
        OrderStatus::Checking
    }
}

/// When the order reached `delivered` (or will).
fn delivered_at(order: &OrderRec, delivery_ms: i64) -> Option<DateTime<Utc>> {
    delivery_start(order, delivery_ms).map(|start| start + Duration::milliseconds(delivery_ms))
}

pub fn is_delivered(world: &World, order: &OrderRec) -> bool {
    status(order, world.now(), world.config.delivery_ms) == OrderStatus::Delivered
}

/// The caller's order, or 404 (another account's orders do not exist for you).
fn find<'w>(world: &'w mut World, ctx: &Ctx<'_>, raw_id: &str) -> Result<&'w mut OrderRec, Reply> {
    let account = ctx.account()?.to_owned();
    let id = long_param("orderId", raw_id)?;
    world.orders.get_mut(&id).filter(|o| o.owner == account).ok_or_else(|| no_object("orderId", id))
}

fn parse_date(name: &str, raw: &str) -> Result<DateTime<Utc>, Reply> {
    if let Ok(t) = DateTime::parse_from_rfc3339(raw.trim()) {
        return Ok(t.with_timezone(&Utc));
    }
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc())
        .ok_or_else(|| bad_request(format!("Invalid value for {name}: {} is not a datetime", printable(raw))))
}

pub fn list(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let account = ctx.account()?;
    let from = ctx.query("date.from").map(|v| parse_date("date.from", v)).transpose()?;
    let to = ctx.query("date.to").map(|v| parse_date("date.to", v)).transpose()?;
    let ids: Vec<i64> = world
        .orders
        .values()
        .filter(|o| o.owner == account)
        .filter(|o| from.is_none_or(|f| o.created >= f) && to.is_none_or(|t| o.created <= t))
        .map(|o| o.id)
        .collect();
    Reply::ok(&ids)
}

pub fn get(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let origin = ctx.origin();
    let o = find(world, ctx, raw_id)?;
    let m = o.market;
    Reply::ok(&BillingOrder {
        date: Some(format_time(o.created)),
        expiration_date: Some(format_time(o.created + Duration::days(EXPIRATION_DAYS))),
        order_id: o.id,
        password: o.password.clone(),
        pdf_url: format!("{origin}/sandbox/pay/{}?format=pdf", o.id),
        price_with_tax: m.price(o.with_tax_ucents, false),
        price_without_tax: m.price(o.without_tax_ucents, false),
        retraction_date: (!o.waived_retraction).then(|| format_time(o.created + Duration::days(RETRACTION_DAYS))),
        tax: m.price(o.tax_ucents, false),
        url: format!("{origin}/sandbox/pay/{}", o.id),
    })
}

pub fn status_route(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let (now, delivery) = (world.now(), world.config.delivery_ms);
    let order = find(world, ctx, raw_id)?;
    Reply::ok(status(order, now, delivery).as_str())
}

pub fn details(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let order = find(world, ctx, raw_id)?;
    Reply::ok(&order.lines.iter().map(|l| l.detail_id).collect::<Vec<_>>())
}

fn find_line<'o>(order: &'o OrderRec, raw: &str) -> Result<&'o super::state::OrderLine, Reply> {
    let id = long_param("orderDetailId", raw)?;
    order.lines.iter().find(|l| l.detail_id == id).ok_or_else(|| no_object("orderDetailId", id))
}

pub fn detail(world: &mut World, ctx: &Ctx<'_>, raw_id: &str, raw_detail: &str) -> Handled {
    let (now, delivery, us) = (world.now(), world.config.delivery_ms, world.config.situation.is_us());
    let order = find(world, ctx, raw_id)?;
    // The US API keeps the delivered name in the detail's operations only.
    let delivered = status(order, now, delivery) == OrderStatus::Delivered && !us;
    let line = find_line(order, raw_detail)?;
    let m = order.market;
    let total = line.unit_ucents.saturating_mul(line.item.quantity);
    Reply::ok(&BillingOrderDetail {
        cancelled: false,
        description: line.description.clone(),
        detail_type: Some("DURATION".into()),
        // Once delivered, every line of the project (the plan and its options) names it.
        domain: if delivered { order.project_id.clone() } else { line.placeholder.clone() },
        order_detail_id: line.detail_id,
        quantity: line.item.quantity.to_string(),
        total_price: m.price(total, false),
        unit_price: m.price(line.unit_ucents, false),
    })
}

/// `GET …/details/{d}/operations`: one installation operation per line.
pub fn operations(world: &mut World, ctx: &Ctx<'_>, raw_id: &str, raw_detail: &str) -> Handled {
    let order = find(world, ctx, raw_id)?;
    let line = find_line(order, raw_detail)?;
    Reply::ok(&[line.detail_id])
}

/// `GET …/details/{d}/operations/{op}`: the delivered service's name once delivered.
pub fn operation(world: &mut World, ctx: &Ctx<'_>, raw_id: &str, raw_detail: &str, raw_op: &str) -> Handled {
    let (now, delivery) = (world.now(), world.config.delivery_ms);
    let order = find(world, ctx, raw_id)?;
    let delivered = status(order, now, delivery) == OrderStatus::Delivered;
    let line = find_line(order, raw_detail)?;
    let id = long_param("operationId", raw_op)?;
    if id != line.detail_id {
        return Err(no_object("operationId", id));
    }
    Reply::ok(&OrderDetailOperation {
        id,
        status: if delivered { "done" } else { "todo" }.into(),
        kind: "installation".into(),
        quantity: Some(line.item.quantity),
        resource: OperationResource {
            name: if delivered { order.project_id.clone() } else { String::new() },
            state: Some(if delivered { "ok" } else { "toDeliver" }.into()),
            display_name: order.project_description.clone(),
        },
    })
}

pub fn extension(world: &mut World, ctx: &Ctx<'_>, raw_id: &str, raw_detail: &str) -> Handled {
    let order = find(world, ctx, raw_id)?;
    let line = find_line(order, raw_detail)?;
    let item = &line.item;
    Reply::ok(&ItemDetail {
        order: ItemDetailOrder {
            action: Some("installation".into()),
            configurations: item
                .configurations
                .values()
                .map(|c| LabelValue { label: c.label.clone(), value: c.value.clone() })
                .collect(),
            plan: ItemDetailPlan {
                code: Some(item.plan_code.clone()),
                duration: Some(item.duration.clone()),
                pricing_mode: Some(item.pricing_mode.clone()),
                product: ProductName { name: Some("cloud".into()) },
                quantity: Some(item.quantity),
            },
            kind: Some("plan".into()),
        },
    })
}

pub fn follow_up(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let (now, delivery) = (world.now(), world.config.delivery_ms);
    let order = find(world, ctx, raw_id)?;
    if order.hold == Hold::Refused && order.paid_at.is_some() {
        // What the Control Panel recognises a refused order by.
        return Err(forbidden(format!("Order {} has been refused by our fraud prevention (error 906)", order.id)));
    }
    Reply::ok(&follow_up_steps(order, now, delivery))
}

fn event(at: DateTime<Utc>, label: &str, description: &str) -> FollowUpEvent {
    FollowUpEvent { date: format_time(at), description: description.into(), label: label.into() }
}

/// VALIDATING → VALIDATED → DELIVERING → AVAILABLE, each TODO/DOING/DONE, with history.
pub fn follow_up_steps(order: &OrderRec, now: DateTime<Utc>, delivery_ms: i64) -> Vec<FollowUp> {
    use FollowUpStatus::{Doing, Done, Todo};
    let state = status(order, now, delivery_ms);
    let step = |step, status, history| FollowUp { history, status, step };
    let mut validating = vec![event(order.created, "ORDER_STARTED", "Order created")];
    let Some(paid) = order.paid_at else {
        return vec![
            step(FollowUpStep::Validating, Doing, validating),
            step(FollowUpStep::Validated, Todo, Vec::new()),
            step(FollowUpStep::Delivering, Todo, Vec::new()),
            step(FollowUpStep::Available, Todo, Vec::new()),
        ];
    };
    validating.push(event(paid, "PAYMENT_RECEIVED", "Payment received"));
    let held = match order.hold {
        Hold::Documents => Some(("FRAUD_DOCS_REQUESTED", "Documents are requested to validate the order")),
        Hold::Review if state == OrderStatus::Checking && now < delivery_start(order, delivery_ms).unwrap_or(paid) => {
            Some(("FRAUD_MANUAL_REVIEW", "The order is being reviewed"))
        }
        _ => None,
    };
    if let Some((label, description)) = held {
        validating.push(event(paid, "FRAUD_CHECK", "Order being checked"));
        validating.push(event(paid, label, description));
        return vec![
            step(FollowUpStep::Validating, Doing, validating),
            step(FollowUpStep::Validated, Todo, Vec::new()),
            step(FollowUpStep::Delivering, Todo, Vec::new()),
            step(FollowUpStep::Available, Todo, Vec::new()),
        ];
    }
    let paid = delivery_start(order, delivery_ms).unwrap_or(paid);
    let checked = paid + Duration::milliseconds(delivery_ms / 3);
    let delivered = delivered_at(order, delivery_ms).unwrap_or(paid);
    let validated_history = vec![event(paid, "FRAUD_CHECK", "Order being checked")];
    match state {
        OrderStatus::Checking => vec![
            step(FollowUpStep::Validating, Done, validating),
            step(FollowUpStep::Validated, Doing, validated_history),
            step(FollowUpStep::Delivering, Todo, Vec::new()),
            step(FollowUpStep::Available, Todo, Vec::new()),
        ],
        OrderStatus::Delivering => {
            let mut v = validated_history;
            v.push(event(checked, "ORDER_ACCEPTED", "Order accepted"));
            vec![
                step(FollowUpStep::Validating, Done, validating),
                step(FollowUpStep::Validated, Done, v),
                step(FollowUpStep::Delivering, Doing, vec![event(checked, "DELIVERY", "Delivery in progress")]),
                step(FollowUpStep::Available, Todo, Vec::new()),
            ]
        }
        _ => {
            let mut v = validated_history;
            v.push(event(checked, "ORDER_ACCEPTED", "Order accepted"));
            vec![
                step(FollowUpStep::Validating, Done, validating),
                step(FollowUpStep::Validated, Done, v),
                step(FollowUpStep::Delivering, Done, vec![event(checked, "DELIVERY", "Delivery in progress")]),
                step(FollowUpStep::Available, Done, vec![event(delivered, "INVOICE_SENT", "Service available")]),
            ]
        }
    }
}

fn already_paid(order: &OrderRec) -> Result<(), Reply> {
    if order.paid_at.is_some() { Err(bad_request("This order has already been paid")) } else { Ok(()) }
}

/// `POST /me/order/{id}/pay {"paymentMethod":{"id":…}}`.
pub fn pay(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let body: PayWithPaymentMethod = parse_body(ctx.body)?;
    let account = ctx.account()?.to_owned();
    let (now, situation) = (world.now(), world.config.situation);
    let order = find(world, ctx, raw_id)?;
    already_paid(order)?;
    let methods = demo::payment_methods(&account, situation);
    let Some(method) = methods.iter().find(|m| m.payment_method_id == body.payment_method.id) else {
        return Err(no_object("paymentMethodId", body.payment_method.id));
    };
    if method.status != "VALID" {
        return Err(forbidden(format!("This order can't be paid with '{}'", method.payment_type)));
    }
    order.paid_at = Some(now);
    Reply::void()
}

/// `POST /me/order/{id}/payWithRegisteredPaymentMean`: `fidelityAccount` pays orders of
/// total 0 (what the manager and Terraform do for projects); a registered card by id.
pub fn pay_with_registered(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let body: PayWithRegisteredPaymentMean = parse_body(ctx.body)?;
    let account = ctx.account()?.to_owned();
    let now = world.now();
    let order = find(world, ctx, raw_id)?;
    already_paid(order)?;
    let mean = body.payment_mean.as_str();
    let allowed = match mean {
        "fidelityAccount" => order.with_tax_ucents == 0,
        "creditCard" | "CREDIT_CARD" => {
            account == demo::DEMO_ACCOUNT && body.payment_mean_id == Some(demo::DEMO_PAYMENT_MEAN_ID)
        }
        _ => false,
    };
    if !allowed {
        return Err(super::reply::bare(
            hyper::StatusCode::FORBIDDEN,
            format!("This order can't be paid with '{}'", printable(mean)),
        ));
    }
    order.paid_at = Some(now);
    Reply::void()
}

pub fn waive_retraction(world: &mut World, ctx: &Ctx<'_>, raw_id: &str) -> Handled {
    let order = find(world, ctx, raw_id)?;
    order.waived_retraction = true;
    Reply::void()
}
