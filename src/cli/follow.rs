//! Following an order until its project is delivered, bounded in time and by Ctrl-C,
//! printing each change of status on stderr. Shared by `order --follow` and
//! `order status --follow`.

use std::time::Duration;

use crate::api::flow;
use crate::api::models::Held;
use crate::api::models::OrderStatus;
use crate::app::labels;

use super::interrupt::Interrupt;
use super::output::{Out, Problem};
use crate::engine::connect::Connection;

pub enum Followed {
    Delivered(String),
    /// OVHcloud holds the order (review, documents, payment): exit 4, the order goes on.
    Held(Problem),
    /// Refused by OVHcloud (`orderRefused`), or a failure to follow.
    Failed(Problem),
    Interrupted,
}

/// The sandbox is local and free to ask; the real API asks for fair use (~60 calls a
/// minute per key, and each reading is two calls).
fn poll_interval(conn: &Connection) -> Duration {
    if conn.sandbox.is_some() { Duration::from_millis(250) } else { Duration::from_secs(3) }
}

/// Follows the order; `subsidiary` (when known) says which Control Panel to point to.
pub async fn follow(
    out: &Out,
    conn: &Connection,
    order_id: i64,
    subsidiary: &str,
    limit: Duration,
    interrupt: &Interrupt,
) -> Followed {
    let panel = conn.endpoint.control_panel_url(subsidiary);
    let mut last: Option<OrderStatus> = None;
    let following = flow::follow_order(&conn.client, order_id, poll_interval(conn), |progress| {
        if last != Some(progress.status) {
            last = Some(progress.status);
            out.note(&format!("{}: {}", out.t(msgid!("order-status")), out.t(labels::order_status(progress.status))));
        }
    });
    tokio::select! {
        result = tokio::time::timeout(limit, following) => match result {
            Ok(Ok(flow::Followed::Delivered(project_id))) => Followed::Delivered(project_id),
            Ok(Ok(flow::Followed::Held(held))) => Followed::Held(held_problem(out, conn, panel, order_id, held)),
            Ok(Ok(flow::Followed::Refused(e))) => {
                let message = out.ta(msgid!("order-refused"), &[("id", &order_id.to_string()), ("url", panel)]);
                Followed::Failed(Problem::api(out.lang, &message, &e).with_kind("orderRefused").with_order(order_id))
            }
            Ok(Err(e)) => Followed::Failed(Problem::api(out.lang, &out.t(msgid!("failed-follow")), &e)),
            Err(_) => {
                let args = [("seconds", limit.as_secs().to_string()), ("id", order_id.to_string())];
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let timeout = if conn.sandbox.is_some() { msgid!("cli-follow-timeout-sandbox") } else { msgid!("cli-follow-timeout") };
                Followed::Failed(Problem::plain_api(out.ta(timeout, &args), "timeout"))
            }
        },
        _ = interrupt.pressed() => Followed::Interrupted,
    }
}

/// What holds the order, what the person can do, and where (`panel`: the Control Panel).
fn held_problem(out: &Out, conn: &Connection, panel: &str, order_id: i64, held: Held) -> Problem {
    let id = order_id.to_string();
    let message = out.ta(labels::held(held, conn.sandbox.is_some()), &[("id", &id), ("url", panel)]);
    Problem::held(message, held.name(), order_id)
}
