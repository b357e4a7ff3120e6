//! `order.Order` (quotes and placed orders) and `billing.*` (orders of the account).

use serde::{Deserialize, Serialize};

/// `order.Price`. `value` is for display and comparison with zero; sums use
/// `price_in_ucents` (or the server's own totals), never floats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Price {
    pub currency_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_in_ucents: Option<i64>,
    pub text: String,
    pub value: f64,
}

impl Price {
    pub fn is_zero(&self) -> bool {
        match self.price_in_ucents {
            Some(ucents) => ucents == 0,
            None => self.value == 0.0,
        }
    }
}

/// `order.Order`: the answer of `GET …/checkout` (a quote, `orderId` null) and of
/// `POST …/checkout` (a placed order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    #[serde(default)]
    pub contracts: Vec<Contract>,
    #[serde(default)]
    pub details: Vec<OrderDetail>,
    #[serde(default)]
    pub order_id: Option<i64>,
    pub prices: OrderPrices,
    #[serde(default)]
    pub url: Option<String>,
}

/// `order.OrderPrices`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderPrices {
    #[serde(default)]
    pub original_without_tax: Option<Price>,
    #[serde(default)]
    pub reduction: Option<Price>,
    pub tax: Price,
    pub with_tax: Price,
    pub without_tax: Price,
}

/// `order.Contract`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contract {
    #[serde(default)]
    pub content: String,
    pub name: String,
    pub url: String,
}

/// `order.OrderDetail`. Note the schema's `cartItemID` spelling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderDetail {
    #[serde(default, rename = "cartItemID")]
    pub cart_item_id: Option<i64>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub detail_type: Option<String>,
    #[serde(default)]
    pub domain: String,
    pub original_total_price: Price,
    #[serde(default)]
    pub quantity: i64,
    pub reduction_total_price: Price,
    #[serde(default)]
    pub reductions: Vec<Reduction>,
    pub total_price: Price,
    pub unit_price: Price,
}

/// `order.Reduction`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reduction {
    #[serde(default)]
    pub context: String,
    #[serde(default)]
    pub description: String,
    pub price: Price,
    #[serde(default)]
    pub reduction_description: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    pub value: Price,
}

/// `billing.Order`, from `GET /me/order/{orderId}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingOrder {
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub expiration_date: Option<String>,
    pub order_id: i64,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub pdf_url: String,
    pub price_with_tax: Price,
    pub price_without_tax: Price,
    #[serde(default)]
    pub retraction_date: Option<String>,
    pub tax: Price,
    #[serde(default)]
    pub url: String,
}

/// `billing.order.OrderStatusEnum`, a bare JSON string on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum OrderStatus {
    Cancelled,
    Cancelling,
    Checking,
    Delivered,
    Delivering,
    DocumentsRequested,
    NotPaid,
    #[serde(other)]
    Unknown,
}

impl OrderStatus {
    /// No further change is expected without someone acting.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Delivered | Self::Cancelled)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Cancelled => "cancelled",
            Self::Cancelling => "cancelling",
            Self::Checking => "checking",
            Self::Delivered => "delivered",
            Self::Delivering => "delivering",
            Self::DocumentsRequested => "documentsRequested",
            Self::NotPaid => "notPaid",
            Self::Unknown => "unknown",
        }
    }
}

/// `billing.OrderDetail`. `quantity` is a string in this schema.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BillingOrderDetail {
    #[serde(default)]
    pub cancelled: bool,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub detail_type: Option<String>,
    #[serde(default)]
    pub domain: String,
    pub order_detail_id: i64,
    #[serde(default)]
    pub quantity: String,
    pub total_price: Price,
    pub unit_price: Price,
}

/// Why an order waits on OVHcloud or the person rather than on delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// Checked by the fraud team (`FRAUD_CHECK`/`FRAUD_MANUAL_REVIEW` while validating).
    FraudReview,
    /// Documents are asked for (status `documentsRequested`, or `FRAUD_DOCS_REQUESTED`).
    DocumentsRequested,
    /// Not paid (status `notPaid` that lasts).
    NotPaid,
}

impl Held {
    /// The name scripts read (`"held"` in `--json`).
    pub fn name(self) -> &'static str {
        match self {
            Held::FraudReview => "fraudReview",
            Held::DocumentsRequested => "documentsRequested",
            Held::NotPaid => "notPaid",
        }
    }
}

/// An operation of an order detail (`GET /me/order/{id}/details/{d}/operations/{op}`): on
/// the US API, where the delivered service's name is (Terraform's `MeOrderDetailOperation`;
/// the route is not in the public schema copies).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderDetailOperation {
    pub id: i64,
    #[serde(default)]
    pub status: String,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub quantity: Option<i64>,
    #[serde(default)]
    pub resource: OperationResource,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationResource {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub display_name: Option<String>,
}

/// What `…/operations` lists: ids (as Terraform's `orderDetailOperations` reads it) or,
/// in another of its readers, the operations themselves. Both are accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OperationRef {
    Id(i64),
    Operation(OrderDetailOperation),
}

/// `billing.ItemDetail`, from `GET /me/order/{id}/details/{d}/extension`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemDetail {
    #[serde(default)]
    pub order: ItemDetailOrder,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemDetailOrder {
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub configurations: Vec<LabelValue>,
    #[serde(default)]
    pub plan: ItemDetailPlan,
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemDetailPlan {
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub duration: Option<String>,
    #[serde(default)]
    pub pricing_mode: Option<String>,
    #[serde(default)]
    pub product: ProductName,
    #[serde(default)]
    pub quantity: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductName {
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LabelValue {
    pub label: String,
    pub value: String,
}

/// `billing.order.FollowUp`, one step of `GET /me/order/{id}/followUp`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUp {
    #[serde(default)]
    pub history: Vec<FollowUpEvent>,
    pub status: FollowUpStatus,
    pub step: FollowUpStep,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowUpEvent {
    pub date: String,
    #[serde(default)]
    pub description: String,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum FollowUpStatus {
    Todo,
    Doing,
    Done,
    Error,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum FollowUpStep {
    Validating,
    Validated,
    Delivering,
    Available,
    #[serde(other)]
    Unknown,
}

/// Body of `POST /me/order/{orderId}/pay`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayWithPaymentMethod {
    pub payment_method: PaymentMethodRef,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentMethodRef {
    pub id: i64,
}

/// Body of `POST /me/order/{orderId}/payWithRegisteredPaymentMean`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayWithRegisteredPaymentMean {
    pub payment_mean: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_mean_id: Option<i64>,
}
