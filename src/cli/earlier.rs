//! What an earlier `ovhcart` left unfinished, as it bears on this `ovhcart order` (see
//! `store::journal` and `engine::recover`): the same project asked for again after a run
//! died is the same order, not a second one.
//!
//! - Its checkout went out and the order exists: that order is reported; nothing is sent.
//! - Its checkout went out and its fate cannot be learnt now: nothing is sent; the person
//!   is told how to check.
//! - It left an open cart for this project: that cart is completed and ordered instead of a
//!   new one (nothing it already holds is added again).
//!
//! Unfinished flows for other projects are only mentioned.

use crate::api::flow;
use crate::api::products::{ConfigLabel, OptionKind};
use crate::api::{ApiError, ErrorKind};
use crate::engine::place::Placement;
use crate::engine::recover::{Recovered, recover};
use crate::store::journal::{FlowEntry, Journal};

use super::output::{Out, Problem};
use crate::engine::connect::Connection;

pub(super) enum Earlier {
    Nothing,
    /// The earlier run's checkout did place this order (now paid if free, with its receipt).
    Ordered {
        entry: FlowEntry,
        placement: Box<Placement>,
    },
    /// The earlier run's cart for this project, still open.
    OpenCart(FlowEntry),
}

/// Settles what earlier runs left against this endpoint, and says what bears on `name`.
pub(super) async fn settle(
    out: &Out,
    conn: &Connection,
    journal: Option<&Journal>,
    name: &str,
) -> Result<Earlier, Problem> {
    let Some(journal) = journal else { return Ok(Earlier::Nothing) };
    let mut earlier = Earlier::Nothing;
    let same = |entry: &FlowEntry| entry.project() == Some(name);
    for found in recover(&conn.client, journal, &conn.endpoint.config_section()).await {
        match found {
            Recovered::Ordered { entry, placement } => {
                let id = placement.order.order_id.to_string();
                let project = entry.project().unwrap_or_default().to_owned();
                out.note(&out.ta(msgid!("recover-ordered"), &[("id", &id), ("name", &project)]));
                if same(&entry) {
                    earlier = Earlier::Ordered { entry, placement };
                }
            }
            Recovered::Unsettled { entry, error } => {
                let project = entry.project().unwrap_or_default().to_owned();
                let why = crate::app::labels::error_text(out.lang, &error);
                let message = out.ta(msgid!("recover-unsettled"), &[("name", &project), ("error", &why)]);
                if same(&entry) {
                    // The order exists when its id is known; its outcome is unknown otherwise.
                    let problem = match entry.order_id {
                        Some(order_id) => Problem::plain_api(message, "placedUnfinished").with_order(order_id),
                        None => Problem::plain_api(message, "outcomeUnknown")
                            .with_hint(out.t(super::order::cli_maybe_placed(conn))),
                    };
                    return Err(problem.with_cart(entry.cart_id.as_deref()));
                }
                out.note(&message);
            }
            Recovered::OpenCart(entry) if same(&entry) && matches!(earlier, Earlier::Nothing) => {
                earlier = Earlier::OpenCart(entry);
            }
            Recovered::OpenCart(_) => {}
        }
    }
    Ok(earlier)
}

/// The earlier cart as completed.
pub(super) struct Completed {
    pub plan: flow::PlanChoice,
    pub item_id: i64,
    /// The plan codes of the options it now holds.
    pub options: Vec<String>,
}

pub(super) enum Incomplete {
    /// `--hds` asks for what this cart's plan is not sold with.
    HdsNotSold {
        plan: String,
    },
    Failed(Problem),
}

/// The earlier cart, brought to where this run's own would be: assigned, its project item
/// (found, or added once), named, the voucher set or removed, the HDS option added or
/// removed. `Ok(None)` when the cart is gone (expired or deleted): this run starts a new one.
pub(super) async fn complete_cart(
    out: &Out,
    conn: &Connection,
    entry: &FlowEntry,
    plan_code: &str,
    name: &str,
    voucher: Option<&str>,
    hds: bool,
) -> Result<Option<Completed>, Incomplete> {
    let Some(cart_id) = entry.cart_id.as_deref() else { return Ok(None) };
    let client = &conn.client;
    out.note(&out.ta(msgid!("cli-resuming-cart"), &[("cart", cart_id)]));
    let failed = |e: &ApiError| {
        Incomplete::Failed(Problem::api(out.lang, &out.t(msgid!("failed-cart")), e).with_cart(Some(cart_id)))
    };
    let (assigned, offers) = tokio::join!(flow::assign_cart(client, cart_id), flow::list_offers(client, cart_id));
    let offers = match assigned.and(offers) {
        Err(e) if e.kind == ErrorKind::CartNotFound => return Ok(None),
        Err(e) => return Err(failed(&e)),
        Ok(offers) => offers,
    };
    let failed_item = |e: ApiError| Incomplete::Failed(Problem::api(out.lang, &out.t(msgid!("failed-item")), &e));
    let plan = flow::pick_plan(&offers, plan_code).map_err(failed_item)?;
    let hds_option = match hds {
        true => {
            let listed = flow::list_options(client, cart_id, &plan.plan_code).await.map_err(|e| {
                Incomplete::Failed(Problem::api(out.lang, &out.t(msgid!("failed-option")), &e).with_cart(Some(cart_id)))
            })?;
            let option = flow::pick_option(&listed, OptionKind::Hds);
            Some(option.ok_or_else(|| Incomplete::HdsNotSold { plan: plan.plan_code.clone() })?)
        }
        false => None,
    };
    let item = flow::add_project(client, cart_id, &plan.creation()).await.map_err(failed_item)?;
    let voucher_config = async {
        match voucher {
            Some(code) => {
                flow::set_configuration(client, cart_id, item.item_id, ConfigLabel::Voucher, code).await.map(|_| ())
            }
            None => flow::remove_configuration(client, cart_id, item.item_id, ConfigLabel::Voucher).await,
        }
    };
    let option = async {
        match &hds_option {
            Some(option) => flow::add_option(client, cart_id, item.item_id, option).await.map(|_| ()),
            None => flow::remove_option(client, cart_id, item.item_id, OptionKind::Hds).await,
        }
    };
    let (named, vouched, optioned) = tokio::join!(
        flow::set_configuration(client, cart_id, item.item_id, ConfigLabel::Description, name),
        voucher_config,
        option,
    );
    let problem = |msgid: &'static str, e: ApiError| Incomplete::Failed(Problem::api(out.lang, &out.t(msgid), &e));
    named.map_err(|e| problem(msgid!("failed-description"), e))?;
    vouched.map_err(|e| problem(msgid!("failed-voucher"), e))?;
    optioned.map_err(|e| problem(msgid!("failed-option"), e))?;
    let options = hds_option.into_iter().map(|o| o.plan_code).collect();
    Ok(Some(Completed { plan, item_id: item.item_id, options }))
}
