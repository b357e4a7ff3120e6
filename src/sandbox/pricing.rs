//! Quotes: the `order.Order` of a cart (details, voucher reductions, tax per
//! subsidiary, contracts), computed in integer micro-cents; and the checks a cart must
//! pass before it can be quoted at checkout or ordered.

use super::catalog;
use super::demo;
use super::fixtures::{self, UCENTS_PER_UNIT};
use super::reply::{Reply, bad_request};
use super::situation::Situation;
use super::state::{CartRec, Config, ItemRec};
use crate::api::models::{Order, OrderDetail, OrderPrices, Reduction};

/// The amounts of a quote, in micro-cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    pub original: i64,
    pub reduction: i64,
    pub without_tax: i64,
    pub tax: i64,
    pub with_tax: i64,
}

/// One priced line of a quote.
#[derive(Debug, Clone)]
pub struct Line {
    pub item: ItemRec,
    pub domain: String,
    pub unit: i64,
    pub original: i64,
    pub reduction: i64,
    /// The voucher behind the reduction, and its full credit.
    pub voucher: Option<(&'static str, i64)>,
}

/// The voucher a project item carries, if it is usable.
fn voucher_of(item: &ItemRec) -> Option<&'static fixtures::Voucher> {
    item.config("voucher").and_then(|c| fixtures::check_voucher(&c.value).ok())
}

/// Prices every item: projects first (`*001`, `*002`…), each option after its parent
/// (`*001.001`…), as the API numbers placeholder domains.
pub fn lines(config: &Config, cart: &CartRec) -> Vec<Line> {
    let mut out = Vec::new();
    let roots = cart.items.values().filter(|i| i.parent.is_none());
    for (n, root) in roots.enumerate() {
        let domain = format!("*{:03}", n + 1);
        out.push(line(config, cart, root, domain.clone()));
        let options = cart.items.values().filter(|i| i.parent == Some(root.id));
        for (m, option) in options.enumerate() {
            out.push(line(config, cart, option, format!("{domain}.{:03}", m + 1)));
        }
    }
    out
}

fn line(config: &Config, cart: &CartRec, item: &ItemRec, domain: String) -> Line {
    let unit = catalog::unit_price(config, cart.market, &item.plan_code);
    let original = unit.saturating_mul(item.quantity);
    let voucher = voucher_of(item);
    let credit = voucher.map_or(0, |v| v.credit_units.saturating_mul(UCENTS_PER_UNIT));
    // The voucher's credit pays this line first; what is left is Public Cloud credit.
    let reduction = credit.min(original);
    Line { item: item.clone(), domain, unit, original, reduction, voucher: voucher.map(|v| (v.code, credit)) }
}

pub fn totals(cart: &CartRec, lines: &[Line]) -> Totals {
    let original: i64 = lines.iter().map(|l| l.original).fold(0, i64::saturating_add);
    let reduction: i64 = lines.iter().map(|l| l.reduction).fold(0, i64::saturating_add);
    let without_tax = original.saturating_sub(reduction);
    let tax = cart.market.tax(without_tax);
    Totals { original, reduction, without_tax, tax, with_tax: without_tax.saturating_add(tax) }
}

/// The `order.Order` of a cart: a quote (`orderId` null) or a placed order.
pub fn order(config: &Config, cart: &CartRec, order_id: Option<i64>, url: Option<String>) -> Order {
    let lines = lines(config, cart);
    let totals = totals(cart, &lines);
    let m = cart.market;
    let details = lines
        .iter()
        .map(|l| OrderDetail {
            cart_item_id: Some(l.item.id),
            description: describe(cart, &l.item),
            detail_type: Some("DURATION".into()),
            domain: l.domain.clone(),
            original_total_price: m.price(l.original, false),
            quantity: l.item.quantity,
            reduction_total_price: m.price(l.reduction, false),
            reductions: l
                .voucher
                .map(|(code, credit)| Reduction {
                    context: "voucher".into(),
                    description: format!("Voucher {code}"),
                    price: m.price(-l.reduction, false),
                    reduction_description: format!("{} of Public Cloud credit", m.text(credit)),
                    kind: "fixed_amount".into(),
                    value: m.price(credit, false),
                })
                .into_iter()
                .collect(),
            total_price: m.price(l.original - l.reduction, false),
            unit_price: m.price(l.unit, false),
        })
        .collect();
    Order {
        contracts: m.contracts(),
        details,
        order_id,
        prices: OrderPrices {
            original_without_tax: Some(m.price(totals.original, false)),
            reduction: Some(m.price(totals.reduction, false)),
            tax: m.price(totals.tax, false),
            with_tax: m.price(totals.with_tax, false),
            without_tax: m.price(totals.without_tax, false),
        },
        url,
    }
}

/// `Projet Public Cloud | projet-demo - 1 mois`-like description of an order line.
pub fn describe(cart: &CartRec, item: &ItemRec) -> String {
    let locale = &cart.market.locale;
    if item.plan_code == cart.market.project_plan_code() {
        match item.config("description") {
            Some(d) => format!("{} | {} ({})", locale.product_name, d.value, item.duration),
            None => format!("{} ({})", locale.product_name, item.duration),
        }
    } else {
        format!("{} ({})", locale.hds_name, item.duration)
    }
}

/// Whether a cart may be quoted for checkout or ordered by `account`: not empty, every
/// required configuration set, every voucher usable.
pub fn check_ready(cart: &CartRec, account: &str, situation: Situation) -> Result<(), Reply> {
    if cart.items.is_empty() {
        return Err(bad_request("Your cart is empty: add a product before checkout"));
    }
    let mut missing = Vec::new();
    for item in cart.items.values() {
        for requirement in catalog::requirements(cart.market, &item.plan_code) {
            if requirement.required && item.config(&requirement.label).is_none() {
                missing.push(format!("Custom field {} is mandatory for product {}", requirement.label, item.plan_code));
            }
        }
    }
    if !missing.is_empty() {
        return Err(bad_request(missing.join("\n")));
    }
    for item in cart.items.values() {
        if let Some(config) = item.config("voucher") {
            let voucher = fixtures::check_voucher(&config.value).map_err(bad_request)?;
            if voucher.payment_method_required && demo::payment_methods(account, situation).is_empty() {
                return Err(bad_request(format!(
                    "The voucher {} needs a valid payment method on the account (VOUCHER_PAYMENT_MEAN)",
                    voucher.code
                )));
            }
        }
    }
    Ok(())
}
