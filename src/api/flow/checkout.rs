//! Quote, checkout (with reconciliation of a lost answer) and payment of free orders.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::flow_error;
use crate::api::client::{Client, segment, with_query};
use crate::api::error::{ApiError, ErrorKind, Outcome};
use crate::api::models::{
    BillingOrder, BillingOrderDetail, CheckoutRequest, ItemDetail, Order, OrderPrices, OrderStatus,
    PayWithRegisteredPaymentMean,
};
use crate::api::products::ConfigLabel;

/// `GET /order/cart/{id}/checkout`: prices and contracts, nothing ordered.
pub async fn quote(client: &Client, cart_id: &str) -> Result<Order, ApiError> {
    client.get(&format!("/order/cart/{}/checkout", segment(cart_id))).await
}

/// What the account's orders were just before a checkout, so that an order created by a
/// checkout whose answer was lost can be told apart from every older one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutGuard {
    /// The `date.from` used to list recent orders (server time, ISO 8601).
    pub since: String,
    pub known_orders: BTreeSet<i64>,
}

/// How far back the guard looks; anything older cannot be the order being placed.
const GUARD_WINDOW_SECONDS: i64 = 24 * 3600;

pub async fn checkout_guard(client: &Client) -> Result<CheckoutGuard, ApiError> {
    let now = client.server_now().await?;
    let since = chrono::DateTime::from_timestamp(now - GUARD_WINDOW_SECONDS, 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%S+00:00")
        .to_string();
    let ids: Vec<i64> = client.get(&with_query("/me/order", &[("date.from", &since)])).await?;
    Ok(CheckoutGuard { since, known_orders: ids.into_iter().collect() })
}

/// What identifies the order a checkout creates: the project plan and its description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedOrder {
    pub plan_code: String,
    pub description: String,
}

/// One consent the person gave for an order: the withdrawal waiver, the acceptance of the
/// contracts, or (for the `IT` subsidiary) the specific approval of clauses under art. 1341
/// and 1342 of the Italian Civil Code. The same record for each, however it was given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consent {
    /// The person gave it themself: ticked its box, typed its word, or passed its flag
    /// (`--waive-retraction`, `--accept-contracts`, `--approve-clauses`).
    pub given: bool,
    /// The exact text they were shown (its paragraphs one per line).
    pub text: String,
    /// The language of that text (BCP 47 tag).
    pub language: String,
    /// How it was given: `checkbox` in the wizard, `typed` in `--plain`, `flag` on the
    /// command line (`unrecorded` for a checkout journaled by an older ovhcart).
    pub via: String,
    /// When it took effect: the order confirmed with it, in UTC (RFC 3339). Empty in the
    /// records of an older ovhcart.
    #[serde(default)]
    pub given_at: String,
    /// What it accepts, each as it was listed: the contracts' names and addresses (none for
    /// the waiver and the clauses).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
}

/// A document a consent accepts: a contract of the order, as the quote listed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub name: String,
    pub url: String,
}

/// Everything a receipt records that is known before the checkout is sent: the one type
/// every front end (the wizard's core, `--plain`, `ovhcart order`), the journal and the
/// receipt (`store::receipt`, which completes it with the order) use. It also says which
/// order a checkout whose answer was lost created ([`ReceiptDraft::expected`]). How and
/// when the consents were given is the front end's: see [`ReceiptDraft::given`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceiptDraft {
    pub cart_id: String,
    pub endpoint: String,
    pub subsidiary: String,
    pub plan_code: String,
    pub project_name: String,
    pub voucher: Option<String>,
    /// The plan codes of the options in the cart (see `api::products`).
    #[serde(default)]
    pub options: Vec<String>,
    pub auto_pay: bool,
    /// Who placed the order: `wizard`, `plain` or `order` (the command), as the journal
    /// names them (empty in a checkout journaled by an older ovhcart).
    #[serde(default)]
    pub front_end: String,
    pub waiver: Consent,
    /// The contracts accepted (`None` in a checkout journaled by an older ovhcart).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contracts: Option<Consent>,
    /// For the `IT` subsidiary: the clauses of art. 1341 and 1342 approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub italian_clauses: Option<Consent>,
}

impl ReceiptDraft {
    /// The draft with the front end that placed it and the way its consents were given
    /// (`checkbox`, `typed`, `flag`), which only the front end knows, and the time they
    /// take effect: now, as the order is confirmed and its checkout journaled.
    pub fn given(self, front_end: &str, via: &str) -> ReceiptDraft {
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        self.given_at(front_end, via, &now)
    }

    /// [`ReceiptDraft::given`] at the time `at` (RFC 3339).
    pub fn given_at(mut self, front_end: &str, via: &str, at: &str) -> ReceiptDraft {
        self.front_end = front_end.to_owned();
        let consents = [Some(&mut self.waiver), self.contracts.as_mut(), self.italian_clauses.as_mut()];
        for consent in consents.into_iter().flatten() {
            consent.via = via.to_owned();
            consent.given_at = at.to_owned();
        }
        self
    }

    /// What identifies the order the checkout creates.
    pub fn expected(&self) -> ExpectedOrder {
        ExpectedOrder { plan_code: self.plan_code.clone(), description: self.project_name.clone() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckoutOptions {
    pub auto_pay: bool,
    /// The person ticked the withdrawal-waiver box themself.
    pub waive_retraction: bool,
}

/// An order that exists, as every front end sees it: the checkout's flow makes it, the
/// place-order flow (`engine::place`) says whether it is paid.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedOrder {
    pub order_id: i64,
    /// Where the order can be paid or viewed.
    pub url: Option<String>,
    pub prices: OrderPrices,
    /// Nothing is owed: a zero total paid with the fidelity account, or auto-pay.
    pub paid: bool,
    /// Paying the zero total failed; the order exists all the same.
    pub payment_error: Option<ApiError>,
    /// The checkout's answer was lost and the order was found by reconciliation.
    pub reconciled: bool,
    /// The checkout's answer: the order's lines, prices and contracts, as the quote shows
    /// them. `None` when the answer was lost (reconciled).
    pub answer: Option<Order>,
}

/// `POST /order/cart/{id}/checkout`, sent once. When its outcome is unknown, the cart is
/// read back: still open means nothing was ordered and it is sent again; validated means
/// the order exists and is found among the account's new orders. It is never re-sent
/// while that is uncertain.
pub async fn checkout(
    client: &Client,
    cart_id: &str,
    options: CheckoutOptions,
    guard: &CheckoutGuard,
    expected: &ExpectedOrder,
) -> Result<PlacedOrder, ApiError> {
    let path = format!("/order/cart/{}/checkout", segment(cart_id));
    let body = CheckoutRequest {
        auto_pay_with_preferred_payment_method: Some(options.auto_pay),
        waive_retractation_period: Some(options.waive_retraction),
    };
    // Sent again only after the cart proved nothing was ordered (it is still open).
    for sends in 1..=super::WRITE_SENDS {
        match client.post::<_, Order>(&path, &body).await {
            Ok(order) => return placed_from_answer(&path, order),
            Err(e) if e.outcome != Outcome::Unknown => return Err(e),
            Err(lost) => {
                tracing::info!(cart_id, error = %lost, "checkout outcome unknown; reconciling");
                if let Some(placed) = settle_checkout(client, cart_id, guard, expected).await? {
                    return Ok(placed);
                }
                super::pause_before_resend(sends).await;
            }
        }
    }
    Err(flow_error(
        ErrorKind::Network,
        Outcome::NotApplied,
        "POST",
        &path,
        "the API never answered the checkout; each time the cart was still open, so nothing was ordered",
    ))
}

/// Settles a checkout whose answer never came, in this run or an earlier one: a cart
/// still open means nothing was ordered (`None`); a validated cart means the order exists,
/// and it is found among the account's orders that are newer than the guard. A cart that
/// is gone was either ordered (then its order is listed) or deleted unordered.
///
/// Any failure to settle is an error whose outcome is `Unknown`: the caller must not send
/// the checkout again on the strength of it.
pub async fn settle_checkout(
    client: &Client,
    cart_id: &str,
    guard: &CheckoutGuard,
    expected: &ExpectedOrder,
) -> Result<Option<PlacedOrder>, ApiError> {
    let path = format!("/order/cart/{}/checkout", segment(cart_id));
    let unknown = |mut e: ApiError| {
        e.outcome = Outcome::Unknown;
        e
    };
    match super::get_cart(client, cart_id).await {
        Ok(cart) if !cart.read_only => Ok(None),
        Ok(_) => match find_placed_order(client, guard, expected).await.map_err(unknown)? {
            Some(placed) => Ok(Some(placed)),
            None => Err(flow_error(
                ErrorKind::Network,
                Outcome::Unknown,
                "POST",
                &path,
                "the cart was validated but its order is not listed yet; nothing was re-sent",
            )),
        },
        // Unordered carts can be deleted; ordered ones stay (read-only) until they expire,
        // by which time their order is listed.
        Err(e) if e.kind == ErrorKind::CartNotFound => {
            find_placed_order(client, guard, expected).await.map_err(unknown)
        }
        Err(e) => Err(unresolved(&path, &e.to_string())),
    }
}

fn placed_from_answer(path: &str, order: Order) -> Result<PlacedOrder, ApiError> {
    let Some(order_id) = order.order_id else {
        return Err(flow_error(
            ErrorKind::InvalidResponse,
            Outcome::Unknown,
            "POST",
            path,
            "the checkout answer has no orderId",
        ));
    };
    Ok(PlacedOrder {
        order_id,
        url: order.url.clone(),
        prices: order.prices.clone(),
        paid: false,
        payment_error: None,
        reconciled: false,
        answer: Some(order),
    })
}

fn unresolved(path: &str, why: &str) -> ApiError {
    flow_error(
        ErrorKind::Network,
        Outcome::Unknown,
        "POST",
        path,
        format!("the checkout's answer was lost and its outcome could not be settled ({why}); nothing was re-sent"),
    )
}

/// The order a lost checkout created: new since the guard, with the expected project.
/// The listing may trail the checkout by a moment, so it is read a few times; `None` when
/// no such order shows up.
async fn find_placed_order(
    client: &Client,
    guard: &CheckoutGuard,
    expected: &ExpectedOrder,
) -> Result<Option<PlacedOrder>, ApiError> {
    for attempt in 0..5 {
        if attempt > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(400 * attempt)).await;
        }
        let ids: Vec<i64> = client.get(&with_query("/me/order", &[("date.from", &guard.since)])).await?;
        let mut fresh: Vec<i64> = ids.into_iter().filter(|id| !guard.known_orders.contains(id)).collect();
        fresh.sort_unstable_by(|a, b| b.cmp(a));
        for order_id in fresh {
            if order_matches(client, order_id, expected).await? {
                return read_placed_order(client, order_id).await.map(Some);
            }
        }
    }
    Ok(None)
}

/// An order read back from the account (`GET /me/order/{id}`), as a checkout whose
/// answer was lost would have described it: totals only.
pub async fn read_placed_order(client: &Client, order_id: i64) -> Result<PlacedOrder, ApiError> {
    let order: BillingOrder = client.get(&format!("/me/order/{order_id}")).await?;
    let prices = OrderPrices {
        original_without_tax: None,
        reduction: None,
        tax: order.tax,
        with_tax: order.price_with_tax,
        without_tax: order.price_without_tax,
    };
    let url = Some(order.url).filter(|u| !u.is_empty());
    Ok(PlacedOrder { order_id, url, prices, paid: false, payment_error: None, reconciled: true, answer: None })
}

/// Whether the order holds the expected project (plan code and description).
async fn order_matches(client: &Client, order_id: i64, expected: &ExpectedOrder) -> Result<bool, ApiError> {
    let details: Vec<i64> = client.get(&format!("/me/order/{order_id}/details")).await?;
    for detail_id in details {
        let extension: ItemDetail = client.get(&format!("/me/order/{order_id}/details/{detail_id}/extension")).await?;
        let plan_matches = extension.order.plan.code.as_deref() == Some(&expected.plan_code);
        let named = extension
            .order
            .configurations
            .iter()
            .any(|c| ConfigLabel::Description == c.label.as_str() && c.value == expected.description);
        if plan_matches && named {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Pays an order whose total is zero with the fidelity account, as the Control Panel
/// does. A lost answer is settled by reading the status before paying again.
pub async fn pay_free_order(client: &Client, order_id: i64) -> Result<(), ApiError> {
    let path = format!("/me/order/{order_id}/payWithRegisteredPaymentMean");
    let body = PayWithRegisteredPaymentMean { payment_mean: "fidelityAccount".into(), payment_mean_id: None };
    let (path, body) = (&path, &body);
    super::send_reconciled(
        move || client.post(path, body),
        move || async move {
            let paid = super::order_status(client, order_id).await? != OrderStatus::NotPaid;
            Ok(paid.then_some(()))
        },
    )
    .await
}

/// The order details (`billing.OrderDetail`) of an order.
pub async fn order_details(client: &Client, order_id: i64) -> Result<Vec<BillingOrderDetail>, ApiError> {
    let ids: Vec<i64> = client.get(&format!("/me/order/{order_id}/details")).await?;
    super::get_all(client, ids.iter().map(|id| format!("/me/order/{order_id}/details/{id}")).collect()).await
}
