//! Placing an order, the one way every front end does it: the checkout (journaled before
//! it leaves, settled by reading if its answer is lost, never re-sent blindly), then what
//! the order still needs from ovhcart: its receipt, and the payment of a zero total with
//! the fidelity account (as the Control Panel does). Each step is journaled before the
//! call it protects, and the journal entry ends only when nothing is left to do, so a run
//! killed at any instant is finished by the next one (see `engine::recover`).

use std::path::Path;

use crate::api::flow::{self, CheckoutGuard, CheckoutOptions, ExpectedOrder, PlacedOrder};
use crate::api::models::OrderStatus;
use crate::api::{ApiError, Client};
use crate::store::receipt::{OrderFacts, ReceiptDraft, read_receipt, write_receipt};

use super::tracker::Tracker;

/// Why no receipt was written when there is nowhere to write it (front ends say it in the
/// person's language).
pub const NO_DATA_DIR: &str = "no data directory (set OVHCART_DATA_DIR)";

/// An order, taken as far as ovhcart takes it: `order.paid` once nothing is owed
/// (ovhcart paid the zero total, or the account pays with auto-pay); `order.payment_error`
/// when paying the zero total failed (the journal keeps it, so the next run pays it after
/// reading its status).
#[derive(Debug, Clone)]
pub struct Placement {
    pub order: PlacedOrder,
    /// The receipt's path, or why it could not be written.
    pub receipt: Result<String, String>,
}

/// The checkout of `cart_id`, then [`finish_order`]. `guard` is the account's orders just
/// before (taken now when not given). An `Err` means no order is known to exist: its
/// `outcome` says whether one may (then the journal keeps the checkout to settle).
#[allow(clippy::too_many_arguments)]
pub async fn place_order(
    client: &Client,
    tracker: &Tracker,
    data_dir: Option<&Path>,
    cart_id: &str,
    options: CheckoutOptions,
    expected: &ExpectedOrder,
    guard: Option<CheckoutGuard>,
    draft: ReceiptDraft,
) -> Result<Placement, ApiError> {
    let guard = match guard {
        Some(guard) => guard,
        None => flow::checkout_guard(client).await?,
    };
    tracker.checkout_sending(cart_id, expected, &guard, options, draft.clone());
    let placed = flow::checkout(client, cart_id, options, &guard, expected).await?;
    let paying = if options.auto_pay { Paying::AutoPay } else { Paying::Fresh };
    Ok(finish_order(client, tracker, data_dir, placed, paying, &draft).await)
}

/// What may have happened to the payment of an order before [`finish_order`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paying {
    /// Just placed without auto-pay: nothing has paid it.
    Fresh,
    /// Just placed with auto-pay: the account's payment method may have paid it.
    AutoPay,
    /// Found by a later run: anything may have paid it.
    Recovered,
}

/// What an existing order still needs: its receipt (never overwritten), and the payment of
/// a zero total, before which the order's status is read whenever it may already be paid.
/// The journal entry ends when both are done.
pub async fn finish_order(
    client: &Client,
    tracker: &Tracker,
    data_dir: Option<&Path>,
    mut placed: PlacedOrder,
    paying: Paying,
    draft: &ReceiptDraft,
) -> Placement {
    tracker.ordered(&placed);
    let receipt = receipt(tracker, data_dir, &placed, draft);
    (placed.paid, placed.payment_error) = match pay_if_free(client, tracker, &placed, paying != Paying::Fresh).await {
        Ok(paid) => (paid || draft.auto_pay, None),
        Err(error) => (false, Some(error)),
    };
    tracker.finish();
    Placement { order: placed, receipt }
}

fn receipt(
    tracker: &Tracker,
    data_dir: Option<&Path>,
    placed: &PlacedOrder,
    draft: &ReceiptDraft,
) -> Result<String, String> {
    let Some(dir) = data_dir else { return Err(NO_DATA_DIR.to_owned()) };
    let path = match read_receipt(dir, placed.order_id) {
        Some((path, _)) => path,
        None => {
            let facts = OrderFacts {
                order_id: placed.order_id,
                total: placed.prices.with_tax.text.clone(),
                payment_url: placed.url.clone(),
            };
            write_receipt(dir, &draft.complete(&facts)).map_err(|e| format!("{}: {e}", dir.display()))?
        }
    };
    let path = path.display().to_string();
    tracker.receipt_written(&path);
    Ok(path)
}

/// Pays a zero total with the fidelity account; `Ok(true)` once it is paid, `Ok(false)`
/// when there is nothing for ovhcart to pay.
async fn pay_if_free(
    client: &Client,
    tracker: &Tracker,
    placed: &PlacedOrder,
    may_be_paid: bool,
) -> Result<bool, ApiError> {
    if !placed.prices.with_tax.is_zero() {
        return Ok(false);
    }
    if may_be_paid && flow::order_status(client, placed.order_id).await? != OrderStatus::NotPaid {
        tracker.paid();
        return Ok(true);
    }
    tracker.paying();
    flow::pay_free_order(client, placed.order_id).await?;
    tracker.paid();
    Ok(true)
}
