//! What an earlier run left unfinished (see `store::journal`), settled before anything new
//! is ordered: a checkout sent without an answer is traced to its order or proven never
//! placed; a cart still open is offered again; an expired one is forgotten.

use crate::api::flow::{self, PlacedOrder};
use crate::api::{ApiError, Client};
use crate::store::journal::{FlowEntry, Journal};

/// Carts live a day; an entry older than that without a checkout has nothing to resume.
const CART_LIFETIME_SECONDS: i64 = 24 * 3600;

#[derive(Debug)]
pub enum Recovered {
    /// The lost checkout did place this order; the flow is closed.
    Ordered { entry: FlowEntry, order: Box<PlacedOrder> },
    /// The flow has a cart that may still be resumed (its checkout, if sent, never happened).
    OpenCart(FlowEntry),
    /// The checkout's fate could not be learnt now; nothing was sent again.
    Unsettled { entry: FlowEntry, error: ApiError },
}

/// Settles every unfinished flow recorded for `endpoint`.
pub async fn recover(client: &Client, journal: &Journal, endpoint: &str) -> Vec<Recovered> {
    let mut found = Vec::new();
    for mut entry in journal.unfinished(endpoint) {
        let Some(cart_id) = entry.cart_id.clone() else {
            let _ = journal.close(&entry.id);
            continue;
        };
        let Some(checkout) = entry.checkout.clone().filter(|_| entry.checkout_unsettled()) else {
            if expired(&entry) {
                let _ = journal.close(&entry.id);
            } else {
                found.push(Recovered::OpenCart(entry));
            }
            continue;
        };
        match flow::settle_checkout(client, &cart_id, &checkout.guard(), &entry.expected_order()).await {
            Ok(Some(order)) => {
                entry.order_id = Some(order.order_id);
                let _ = journal.close(&entry.id);
                found.push(Recovered::Ordered { entry, order: Box::new(order) });
            }
            Ok(None) => {
                entry.checkout = None;
                let _ = journal.record(&entry);
                found.push(Recovered::OpenCart(entry));
            }
            Err(error) => found.push(Recovered::Unsettled { entry, error }),
        }
    }
    found
}

fn expired(entry: &FlowEntry) -> bool {
    chrono::DateTime::parse_from_rfc3339(&entry.started_at)
        .map(|started| chrono::Utc::now().timestamp() - started.timestamp() > CART_LIFETIME_SECONDS)
        .unwrap_or(true)
}
