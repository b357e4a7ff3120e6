//! Following an order until its project is delivered, bounded in time and by Ctrl-C,
//! printing each change of status on stderr. Shared by `order --follow` and
//! `order status --follow`.

use std::time::Duration;

use crate::api::flow;
use crate::api::models::{FollowUpStep, OrderStatus};

use super::connect::Connection;
use super::interrupt::Interrupt;
use super::output::{Out, Problem};

pub enum Followed {
    Delivered(String),
    Failed(Problem),
    Interrupted,
}

/// The sandbox is local and free to ask; the real API asks for fair use (~60 calls a
/// minute per key, and each reading is two calls).
fn poll_interval(conn: &Connection) -> Duration {
    if conn.sandbox.is_some() { Duration::from_millis(250) } else { Duration::from_secs(3) }
}

pub async fn follow(out: &Out, conn: &Connection, order_id: i64, limit: Duration, interrupt: &Interrupt) -> Followed {
    let mut last: Option<OrderStatus> = None;
    let following = flow::follow_order(&conn.client, order_id, poll_interval(conn), |progress| {
        if last != Some(progress.status) {
            last = Some(progress.status);
            out.note(&format!("{}: {}", out.t(msgid!("order-status")), out.t(status_msgid(progress.status))));
        }
    });
    tokio::select! {
        result = tokio::time::timeout(limit, following) => match result {
            Ok(Ok(project_id)) => Followed::Delivered(project_id),
            Ok(Err(e)) => Followed::Failed(Problem::api(out.lang, &out.t(msgid!("failed-follow")), &e)),
            Err(_) => {
                let args = [("seconds", limit.as_secs().to_string()), ("id", order_id.to_string())];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                Followed::Failed(Problem::plain_api(out.ta(msgid!("cli-follow-timeout"), &args), "timeout"))
            }
        },
        _ = interrupt.pressed() => Followed::Interrupted,
    }
}

pub fn status_msgid(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Cancelled => msgid!("order-status-cancelled"),
        OrderStatus::Cancelling => msgid!("order-status-cancelling"),
        OrderStatus::Checking => msgid!("order-status-checking"),
        OrderStatus::Delivered => msgid!("order-status-delivered"),
        OrderStatus::Delivering => msgid!("order-status-delivering"),
        OrderStatus::DocumentsRequested => msgid!("order-status-documents"),
        OrderStatus::NotPaid => msgid!("order-status-not-paid"),
        OrderStatus::Unknown => msgid!("order-status-unknown"),
    }
}

pub fn step_msgid(step: FollowUpStep) -> &'static str {
    match step {
        FollowUpStep::Validating => msgid!("order-step-validating"),
        FollowUpStep::Validated => msgid!("order-step-validated"),
        FollowUpStep::Delivering => msgid!("order-step-delivering"),
        FollowUpStep::Available | FollowUpStep::Unknown => msgid!("order-step-available"),
    }
}
