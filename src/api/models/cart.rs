//! `order.cart.*`: carts, offers, items and their configurations.

use serde::{Deserialize, Serialize};

use super::Price;

/// `order.cart.Creation`, the body of `POST /order/cart`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CartCreation {
    pub ovh_subsidiary: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire: Option<String>,
}

/// `order.cart.Update`, the body of `PUT /order/cart/{cartId}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CartUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire: Option<String>,
}

/// `order.cart.Cart`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cart {
    pub cart_id: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub expire: Option<String>,
    #[serde(default)]
    pub items: Vec<i64>,
    #[serde(default)]
    pub read_only: bool,
}

/// `order.cart.GenericProductDefinition`, one offer of `GET /order/cart/{cartId}/cloud`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductOffer {
    pub plan_code: String,
    #[serde(default)]
    pub product_name: String,
    #[serde(default)]
    pub product_type: String,
    #[serde(default)]
    pub prices: Vec<ProductPricing>,
}

/// `order.cart.GenericProductPricing`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductPricing {
    #[serde(default)]
    pub capacities: Vec<String>,
    #[serde(default)]
    pub description: String,
    pub duration: String,
    #[serde(default)]
    pub interval: i64,
    #[serde(default)]
    pub maximum_quantity: Option<i64>,
    #[serde(default)]
    pub maximum_repeat: Option<i64>,
    #[serde(default)]
    pub minimum_quantity: i64,
    #[serde(default)]
    pub minimum_repeat: i64,
    pub price: Price,
    #[serde(default)]
    pub price_in_ucents: i64,
    pub pricing_mode: String,
    #[serde(default)]
    pub pricing_type: String,
}

impl ProductPricing {
    pub fn has_capacity(&self, capacity: &str) -> bool {
        self.capacities.iter().any(|c| c == capacity)
    }
}

/// `order.cart.GenericProductCreation`, the body of `POST /order/cart/{cartId}/cloud`.
/// Field order matches the schema's, so the bytes match what the SDKs send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductCreation {
    pub duration: String,
    pub plan_code: String,
    pub pricing_mode: String,
    pub quantity: i64,
}

/// `order.cart.GenericOptionCreation`, the body of `POST /order/cart/{cartId}/cloud/options`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionCreation {
    pub duration: String,
    pub item_id: i64,
    pub plan_code: String,
    pub pricing_mode: String,
    pub quantity: i64,
}

/// `order.cart.GenericOptionDefinition`: an offer plus how it attaches to its parent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionOffer {
    #[serde(flatten)]
    pub offer: ProductOffer,
    #[serde(default)]
    pub exclusive: bool,
    #[serde(default)]
    pub family: String,
    #[serde(default)]
    pub mandatory: bool,
}

/// `order.cart.ItemUpdate`, the body of `PUT /order/cart/{cartId}/item/{itemId}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

/// `order.cart.CouponCreation`, the body of `POST /order/cart/{cartId}/coupon`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CouponCreation {
    pub coupon: String,
}

/// `order.cart.Item`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    #[serde(default)]
    pub cart_id: String,
    #[serde(default)]
    pub configurations: Option<Vec<i64>>,
    #[serde(default)]
    pub duration: Option<String>,
    pub item_id: i64,
    #[serde(default)]
    pub offer_id: Option<String>,
    #[serde(default)]
    pub options: Vec<i64>,
    #[serde(default)]
    pub parent_item_id: Option<i64>,
    #[serde(default)]
    pub prices: Vec<ItemPrice>,
    #[serde(default)]
    pub product_id: String,
    #[serde(default)]
    pub settings: ItemSettings,
}

/// `order.cart.ItemSettings`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemSettings {
    #[serde(default)]
    pub plan_code: Option<String>,
    #[serde(default)]
    pub pricing_mode: Option<String>,
    #[serde(default)]
    pub quantity: Option<i64>,
}

/// `order.cart.Price`: a labelled price of an item (`PRICE`, `TOTAL`, `RENEW`, …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ItemPrice {
    pub label: String,
    pub price: Price,
    #[serde(default)]
    pub promotions: Option<Vec<Promotion>>,
}

/// `order.cart.Promotion`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Promotion {
    #[serde(default)]
    pub bundle_with_plan_codes: Vec<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    pub name: String,
    pub price: Price,
    #[serde(default)]
    pub start_date: String,
    #[serde(default)]
    pub tags: Option<Vec<String>>,
    #[serde(default, rename = "type")]
    pub kind: String,
}

/// `order.cart.ConfigurationRequirements`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigurationRequirement {
    #[serde(default)]
    pub fields: Option<Vec<String>>,
    pub label: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default, rename = "type")]
    pub kind: String,
}

/// `order.cart.ItemConfigurationCreation`, the body of `POST …/item/{itemId}/configuration`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigurationCreation {
    pub label: String,
    pub value: String,
}

/// `order.cart.ConfigurationItem`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConfigurationItem {
    pub id: i64,
    pub label: String,
    pub value: String,
}

/// `order.cart.Checkout`, the body of `POST /order/cart/{cartId}/checkout`.
/// ovhcart always sends both fields; the sandbox also accepts an empty or absent body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckoutRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_pay_with_preferred_payment_method: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub waive_retractation_period: Option<bool>,
}
