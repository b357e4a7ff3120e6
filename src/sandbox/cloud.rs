//! `/cloud`: eligibility (with voucher checks), the projects delivered by orders, and
//! the project orders.

use chrono::Duration;

use super::demo;
use super::fixtures::{self, UCENTS_PER_UNIT, market};
use super::orders::{is_delivered, status};
use super::reply::{Handled, Reply, bad_request, not_found, parse_body};
use super::router::Ctx;
use super::situation::Situation;
use super::state::{OrderRec, World, format_time};
use crate::api::models::{CloudOrder, Eligibility, OrderStatus, Project, ProjectUpdate, VoucherEligibility};

pub fn eligibility(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let situation = world.config.situation;
    // The US API has no such route (its schema lacks it).
    if situation.is_us() {
        return Err(super::router::unknown());
    }
    let account = ctx.account()?;
    let me = demo::me(account, situation);
    let Some(m) = market(&me.ovh_subsidiary) else { return Err(bad_request("This account has no subsidiary")) };
    let has_method = !demo::payment_methods(account, situation).is_empty();
    let voucher = match ctx.query("voucher").filter(|v| !v.is_empty()) {
        None => None,
        Some(code) => {
            let v = fixtures::check_voucher(code).map_err(bad_request)?;
            Some(VoucherEligibility {
                credit: m.price(v.credit_units.saturating_mul(UCENTS_PER_UNIT), false),
                payment_method_required: v.payment_method_required,
            })
        }
    };
    let needs_method = !has_method && voucher.as_ref().is_none_or(|v| v.payment_method_required);
    let mut actions: Vec<String> = situation.required_action().map(str::to_owned).into_iter().collect();
    if needs_method && !actions.iter().any(|a| a == "addPaymentMethod") {
        actions.push("addPaymentMethod".into());
    }
    Reply::ok(&Eligibility {
        actions_required: Some(actions),
        // A first project on a card the account has not used yet asks for a credit.
        minimum_credit: (situation == Situation::ChallengePaymentMethod).then(|| m.price(UCENTS_PER_UNIT, false)),
        payment_methods_authorized: Some(vec!["creditCard".into(), "paypal".into(), "sepaDirectDebit".into()]),
        voucher,
    })
}

/// The caller's delivered orders: each one created a project.
fn delivered<'w>(world: &'w World, account: &str) -> Vec<&'w OrderRec> {
    world.orders.values().filter(|o| o.owner == account && is_delivered(world, o)).collect()
}

pub fn projects(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let account = ctx.account()?;
    let ids: Vec<&str> = delivered(world, account).iter().map(|o| o.project_id.as_str()).collect();
    Reply::ok(&ids)
}

fn view(world: &World, order: &OrderRec) -> Project {
    let created = order.paid_at.unwrap_or(order.created) + Duration::milliseconds(world.config.delivery_ms);
    let plan = order.lines.first().map(|l| l.item.plan_code.clone()).unwrap_or_default();
    Project {
        access: "full".into(),
        creation_date: format_time(created),
        description: order.project_description.clone(),
        expiration: None,
        manual_quota: false,
        order_id: Some(order.id),
        plan_code: plan,
        project_name: order.project_description.clone(),
        project_id: order.project_id.clone(),
        status: "ok".into(),
        unleash: false,
    }
}

fn service_missing() -> Reply {
    not_found("This service does not exist")
}

pub fn project(world: &mut World, ctx: &Ctx<'_>, project_id: &str) -> Handled {
    let account = ctx.account()?;
    let found = delivered(world, account).into_iter().find(|o| o.project_id == project_id);
    let Some(order) = found else { return Err(service_missing()) };
    Reply::ok(&view(world, order))
}

pub fn update_project(world: &mut World, ctx: &Ctx<'_>, project_id: &str) -> Handled {
    let body: ProjectUpdate = parse_body(ctx.body)?;
    let account = ctx.account()?;
    let found = delivered(world, account).into_iter().find(|o| o.project_id == project_id).map(|o| o.id);
    let Some(order) = found.and_then(|id| world.orders.get_mut(&id)) else { return Err(service_missing()) };
    if let Some(description) = body.description {
        order.project_description = Some(description);
    }
    Reply::void()
}

pub fn orders(world: &mut World, ctx: &Ctx<'_>) -> Handled {
    let account = ctx.account()?;
    let plan = ctx.query("planCode");
    let (now, delivery) = (world.now(), world.config.delivery_ms);
    let list: Vec<CloudOrder> = world
        .orders
        .values()
        .filter(|o| o.owner == account)
        .filter_map(|o| {
            let plan_code = o.lines.first()?.item.plan_code.clone();
            if plan.is_some_and(|p| p != plan_code) {
                return None;
            }
            let state = status(o, now, delivery);
            let (status, service) = match state {
                OrderStatus::NotPaid => ("unpaid", None),
                OrderStatus::Delivered => ("delivered", Some(o.project_id.clone())),
                _ => ("delivering", None),
            };
            Some(CloudOrder {
                date: format_time(o.created),
                order_id: o.id,
                plan_code,
                service_name: service,
                status: status.into(),
            })
        })
        .collect();
    Reply::ok(&list)
}
