//! What an earlier run left unfinished (see `store::journal`), settled before anything new
//! is ordered, whatever instant it died at:
//!
//! - only its intent: its cart, if it was made and assigned, is found by its unique
//!   description and offered again; else there is nothing to settle;
//! - a cart still open is offered again; an expired one is forgotten;
//! - a checkout sent without an answer is traced to its order or proven never placed
//!   (then the cart is open again); it is never sent again on a guess;
//! - an order that exists gets what it still lacks: its receipt, and the payment of a zero
//!   total (after reading its status). Only then is the entry closed.

use crate::api::flow::{self, CheckoutGuard, PlacedOrder};
use crate::api::{ApiError, Client, ErrorKind};
use crate::store::journal::{FlowEntry, Journal};
use crate::store::receipt::{Consent, ReceiptDraft};

use super::place::{Paying, Placement, finish_order};
use super::tracker::Tracker;

/// Carts live a day; an entry older than that without a checkout has nothing to resume.
const CART_LIFETIME_SECONDS: i64 = 24 * 3600;

#[derive(Debug)]
pub enum Recovered {
    /// The earlier run's order, taken as far as it goes (paid if free, receipt written);
    /// its entry is closed unless the payment failed again.
    Ordered { entry: FlowEntry, placement: Box<Placement> },
    /// The flow has a cart that may still be resumed (its checkout, if sent, never happened).
    OpenCart(FlowEntry),
    /// The checkout's fate could not be learnt now; nothing was sent again.
    Unsettled { entry: FlowEntry, error: ApiError },
}

/// Settles every unfinished flow recorded for `endpoint`.
pub async fn recover(client: &Client, journal: &Journal, endpoint: &str) -> Vec<Recovered> {
    recover_others(client, journal, endpoint, None).await
}

/// [`recover`], leaving alone the flow `own` (this run's, which a wizard settling earlier
/// runs in the background may have started meanwhile).
pub async fn recover_others(client: &Client, journal: &Journal, endpoint: &str, own: Option<&str>) -> Vec<Recovered> {
    let mut found = Vec::new();
    for entry in journal.unfinished(endpoint).into_iter().filter(|entry| Some(entry.id.as_str()) != own) {
        if let Some(settled) = settle(client, &Tracker::resume(Some(journal.clone()), entry)).await {
            found.push(settled);
        }
    }
    found
}

/// Settles the flow `tracker` carries (an earlier run's, or this run's own checkout of
/// unknown outcome); `None` when nothing of it is left (its entry is closed).
pub async fn settle(client: &Client, tracker: &Tracker) -> Option<Recovered> {
    let entry = tracker.entry();
    if let Some(order_id) = entry.order_id {
        return Some(match flow::read_placed_order(client, order_id).await {
            Ok(order) => finish(client, tracker, order).await,
            Err(error) => Recovered::Unsettled { entry, error },
        });
    }
    let cart_id = match entry.cart_id.clone() {
        Some(cart_id) => cart_id,
        None => match find_cart(client, &entry).await {
            Ok(Some(cart_id)) => {
                tracker.cart_found(&cart_id);
                cart_id
            }
            Ok(None) => {
                tracker.close();
                return None;
            }
            // Kept for the next run: the cart may exist.
            Err(error) => {
                tracing::warn!(%error, flow = entry.id, "the cart of an earlier run could not be looked for");
                return None;
            }
        },
    };
    let entry = tracker.entry();
    let guard = match &entry.checkout {
        Some(checkout) => checkout.guard(),
        None => match open_cart(client, &entry, &cart_id).await {
            CartState::Open => return Some(Recovered::OpenCart(entry)),
            CartState::Gone => {
                tracker.close();
                return None;
            }
            // Ordered without a journaled checkout (a journal that could not be written, or
            // another run that resumed this cart): its order is looked for all the same.
            CartState::Ordered => CheckoutGuard { since: entry.started_at.clone(), known_orders: Default::default() },
        },
    };
    match flow::settle_checkout(client, &cart_id, &guard, &entry.expected_order()).await {
        Ok(Some(order)) => Some(finish(client, tracker, order).await),
        Ok(None) => {
            tracker.checkout_not_placed();
            Some(Recovered::OpenCart(tracker.entry()))
        }
        Err(error) => Some(Recovered::Unsettled { entry, error }),
    }
}

enum CartState {
    Open,
    Gone,
    Ordered,
}

/// Whether a flow's cart (one with no checkout journaled) can still be resumed. A cart that
/// cannot be read now is taken as open: the resumption will tell.
async fn open_cart(client: &Client, entry: &FlowEntry, cart_id: &str) -> CartState {
    if expired(entry) {
        return CartState::Gone;
    }
    match flow::get_cart(client, cart_id).await {
        Ok(cart) if cart.read_only => CartState::Ordered,
        Err(e) if e.kind == ErrorKind::CartNotFound => CartState::Gone,
        _ => CartState::Open,
    }
}

/// The cart a flow made before its id was journaled: the one with its unique description.
async fn find_cart(client: &Client, entry: &FlowEntry) -> Result<Option<String>, ApiError> {
    let Some(description) = &entry.cart_description else { return Ok(None) };
    if expired(entry) {
        return Ok(None);
    }
    Ok(flow::list_carts(client, Some(description)).await?.into_iter().next())
}

async fn finish(client: &Client, tracker: &Tracker, order: PlacedOrder) -> Recovered {
    let entry = tracker.entry();
    let checkout = entry.checkout.clone().unwrap_or_default();
    let draft = checkout.receipt.clone().unwrap_or_else(|| ReceiptDraft {
        cart_id: entry.cart_id.clone().unwrap_or_default(),
        endpoint: entry.endpoint.clone(),
        subsidiary: entry.subsidiary.clone().unwrap_or_default(),
        plan_code: entry.plan_code.clone().unwrap_or_default(),
        project_name: entry.project().unwrap_or_default().to_owned(),
        voucher: entry.voucher.clone(),
        options: entry.options.iter().map(|o| o.plan_code.clone()).collect(),
        auto_pay: checkout.auto_pay,
        front_end: entry.via.clone(),
        // An entry of an older ovhcart: that the waiver was sent is known, not its text,
        // and no other consent was recorded.
        waiver: Consent {
            given: checkout.waive_retraction,
            text: String::new(),
            language: String::new(),
            via: "unrecorded".into(),
            given_at: String::new(),
            documents: Vec::new(),
        },
        contracts: None,
        italian_clauses: None,
    });
    let data_dir = tracker.data_dir();
    let placement = finish_order(client, tracker, data_dir.as_deref(), order, Paying::Recovered, &draft).await;
    Recovered::Ordered { entry: tracker.entry(), placement: Box::new(placement) }
}

fn expired(entry: &FlowEntry) -> bool {
    chrono::DateTime::parse_from_rfc3339(&entry.started_at)
        .map(|started| chrono::Utc::now().timestamp() - started.timestamp() > CART_LIFETIME_SECONDS)
        .unwrap_or(true)
}
