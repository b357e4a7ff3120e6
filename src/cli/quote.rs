//! A quote (`order.Order` from `GET …/checkout`) as lines for people and as JSON.

use serde::Serialize;

use crate::api::models::{Order, OrderPrices, Price};

use super::output::Out;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteJson {
    pub lines: Vec<QuoteLine>,
    pub without_tax: Price,
    pub tax: Price,
    pub with_tax: Price,
    pub reduction: Option<Price>,
    pub contracts: Vec<ContractJson>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteLine {
    pub description: String,
    pub quantity: i64,
    pub unit_price: Price,
    pub total_price: Price,
    pub reductions: Vec<ReductionJson>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReductionJson {
    pub description: String,
    pub price: Price,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContractJson {
    pub name: String,
    pub url: String,
}

/// The totals of a placed order.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PricesJson {
    pub without_tax: Price,
    pub tax: Price,
    pub with_tax: Price,
}

impl From<&OrderPrices> for PricesJson {
    fn from(p: &OrderPrices) -> PricesJson {
        PricesJson { without_tax: p.without_tax.clone(), tax: p.tax.clone(), with_tax: p.with_tax.clone() }
    }
}

impl From<&Order> for QuoteJson {
    fn from(order: &Order) -> QuoteJson {
        QuoteJson {
            lines: order
                .details
                .iter()
                .map(|d| QuoteLine {
                    description: d.description.clone(),
                    quantity: d.quantity,
                    unit_price: d.unit_price.clone(),
                    total_price: d.total_price.clone(),
                    reductions: d
                        .reductions
                        .iter()
                        .map(|r| ReductionJson { description: reduction_text(r), price: r.price.clone() })
                        .collect(),
                })
                .collect(),
            without_tax: order.prices.without_tax.clone(),
            tax: order.prices.tax.clone(),
            with_tax: order.prices.with_tax.clone(),
            reduction: order.prices.reduction.clone().filter(|r| !r.is_zero()),
            contracts: order
                .contracts
                .iter()
                .map(|c| ContractJson { name: c.name.clone(), url: c.url.clone() })
                .collect(),
        }
    }
}

/// A quote of which only the totals are known (a checkout whose answer was lost).
impl From<&OrderPrices> for QuoteJson {
    fn from(p: &OrderPrices) -> QuoteJson {
        QuoteJson {
            lines: Vec::new(),
            without_tax: p.without_tax.clone(),
            tax: p.tax.clone(),
            with_tax: p.with_tax.clone(),
            reduction: p.reduction.clone().filter(|r| !r.is_zero()),
            contracts: Vec::new(),
        }
    }
}

fn reduction_text(r: &crate::api::models::Reduction) -> String {
    [r.description.as_str(), r.reduction_description.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" — ")
}

/// The quote as indented lines: detail lines, totals, reductions, contracts.
pub fn lines(out: &Out, quote: &QuoteJson) -> Vec<String> {
    let mut lines = vec![format!("{}:", out.t(msgid!("review-quote")))];
    for line in &quote.lines {
        lines.push(format!(
            "  {}  {} × {}  = {}",
            line.description, line.quantity, line.unit_price.text, line.total_price.text
        ));
        for r in &line.reductions {
            lines.push(format!("    {}  {}", r.description, r.price.text));
        }
    }
    if let Some(reduction) = &quote.reduction {
        lines.push(format!("  {}: {}", out.t(msgid!("review-reduction")), reduction.text));
    }
    lines.push(format!("  {}: {}", out.t(msgid!("review-without-tax")), quote.without_tax.text));
    lines.push(format!("  {}: {}", out.t(msgid!("review-tax")), quote.tax.text));
    lines.push(format!("  {}: {}", out.t(msgid!("review-with-tax")), quote.with_tax.text));
    if !quote.contracts.is_empty() {
        lines.push(format!("{}:", out.t(msgid!("cli-contracts"))));
        for c in &quote.contracts {
            lines.push(format!("  {}: {}", c.name, c.url));
        }
    }
    lines
}
