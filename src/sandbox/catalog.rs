//! What the sandbox sells: the Public Cloud project plan and its HDS option, their
//! prices and the configurations the project needs (§11; §13.1 for what is assumed).

use super::fixtures::{Market, UCENTS_PER_CENT};
use super::state::{CartRec, Config, ItemRec};
use crate::api::models::{
    ConfigurationRequirement, Item, ItemPrice, ItemSettings, OptionOffer, ProductOffer, ProductPricing,
};

pub const DURATION: &str = "P1M";
pub const PRICING_MODE: &str = "default";
pub const HDS_FAMILY: &str = "certification-hds";

/// Labels the project accepts, and whether checkout needs them: none is required (Terraform
/// orders a project with only `vrack`, and names it afterwards).
pub const PROJECT_CONFIGURATIONS: [(&str, bool); 4] =
    [("description", false), ("voucher", false), ("vrack", false), ("infrastructure", false)];

/// The monthly price of one unit of `plan_code`, in micro-cents.
pub fn unit_price(config: &Config, market: &Market, plan_code: &str) -> i64 {
    let cents = if plan_code == market.project_plan_code() {
        config.plan_price_cents
    } else if plan_code == market.hds_plan_code() {
        config.hds_price_cents
    } else {
        0
    };
    cents.saturating_mul(UCENTS_PER_CENT)
}

fn pricing(config: &Config, market: &Market, plan_code: &str, description: &str) -> ProductPricing {
    let ucents = unit_price(config, market, plan_code);
    ProductPricing {
        capacities: vec!["installation".into(), "renew".into()],
        description: description.to_owned(),
        duration: DURATION.into(),
        interval: 1,
        maximum_quantity: Some(1),
        maximum_repeat: Some(1),
        minimum_quantity: 1,
        minimum_repeat: 1,
        price: market.price(ucents, true),
        price_in_ucents: ucents,
        pricing_mode: PRICING_MODE.into(),
        pricing_type: "rental".into(),
    }
}

/// `GET /order/cart/{cartId}/cloud`.
pub fn offers(config: &Config, market: &Market) -> Vec<ProductOffer> {
    let plan = market.project_plan_code();
    vec![ProductOffer {
        plan_code: plan.to_owned(),
        product_name: market.locale.product_name.clone(),
        product_type: "cloud_service".into(),
        prices: vec![pricing(config, market, plan, &market.locale.plan_description)],
    }]
}

/// `GET /order/cart/{cartId}/cloud/options?planCode=…`.
pub fn options(config: &Config, market: &Market, parent_plan: &str) -> Vec<OptionOffer> {
    if parent_plan != market.project_plan_code() || !market.sells_hds() {
        return Vec::new();
    }
    let plan = market.hds_plan_code();
    vec![OptionOffer {
        offer: ProductOffer {
            plan_code: plan.to_owned(),
            product_name: market.locale.hds_name.clone(),
            product_type: "cloud_service".into(),
            prices: vec![pricing(config, market, plan, &market.locale.hds_name)],
        },
        exclusive: false,
        family: HDS_FAMILY.into(),
        mandatory: false,
    }]
}

/// `GET …/item/{itemId}/requiredConfiguration`.
pub fn requirements(market: &Market, plan_code: &str) -> Vec<ConfigurationRequirement> {
    if plan_code != market.project_plan_code() {
        return Vec::new();
    }
    PROJECT_CONFIGURATIONS
        .iter()
        .map(|(label, required)| ConfigurationRequirement {
            fields: None,
            label: (*label).to_owned(),
            required: *required,
            kind: "String".into(),
        })
        .collect()
}

/// Refuses a duration, pricing mode or quantity the plan does not have.
pub fn check_terms(duration: &str, pricing_mode: &str, quantity: i64) -> Result<(), String> {
    if duration != DURATION {
        return Err(format!("Invalid duration {duration}: this plan is sold for {DURATION}"));
    }
    if pricing_mode != PRICING_MODE {
        return Err(format!("Invalid pricingMode {pricing_mode}: this plan is sold with pricing mode {PRICING_MODE}"));
    }
    if quantity != 1 {
        return Err(format!("Invalid quantity {quantity}: between 1 and 1 is allowed"));
    }
    Ok(())
}

/// The `order.cart.Item` view of an item.
pub fn item_view(config: &Config, cart: &CartRec, item: &ItemRec) -> Item {
    let unit = unit_price(config, cart.market, &item.plan_code);
    let total = unit.saturating_mul(item.quantity);
    let price = |label: &str, ucents| ItemPrice {
        label: label.into(),
        price: cart.market.price(ucents, true),
        promotions: None,
    };
    Item {
        cart_id: cart.id.clone(),
        configurations: Some(item.configurations.keys().copied().collect()),
        duration: Some(item.duration.clone()),
        item_id: item.id,
        offer_id: None,
        options: cart.items.values().filter(|i| i.parent == Some(item.id)).map(|i| i.id).collect(),
        parent_item_id: item.parent,
        prices: vec![price("PRICE", unit), price("RENEW", unit), price("TOTAL", total)],
        product_id: "cloud".into(),
        settings: ItemSettings {
            plan_code: Some(item.plan_code.clone()),
            pricing_mode: Some(item.pricing_mode.clone()),
            quantity: Some(item.quantity),
        },
    }
}
