//! Market data embedded from `assets/sandbox/`: currency, language, tax rate, price
//! format, product name and contracts for every subsidiary, plus the demo vouchers.
//!
//! The sandbox keeps its own table rather than reading the client's
//! (`api::endpoints::SUBSIDIARIES`), so that a mistake in either shows up as a
//! disagreement; a test compares the two.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::api::models::{Contract, Price};

/// One unit of currency in micro-cents (`priceInUcents` = value × 10^8).
pub const UCENTS_PER_UNIT: i64 = 100_000_000;
/// One cent in micro-cents.
pub const UCENTS_PER_CENT: i64 = 1_000_000;

#[derive(Debug, Deserialize)]
struct SubsidiaryFile {
    subsidiaries: Vec<MarketEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MarketEntry {
    code: String,
    currency: String,
    language: String,
    tax_milli_percent: i64,
    format: PriceFormat,
}

#[derive(Debug, Clone, Deserialize)]
pub struct PriceFormat {
    pub prefix: String,
    pub suffix: String,
    pub decimal: String,
}

#[derive(Debug, Deserialize)]
struct LocaleFile {
    locales: BTreeMap<String, Locale>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Locale {
    pub product_name: String,
    pub plan_description: String,
    pub hds_name: String,
    contracts: Vec<ContractText>,
}

#[derive(Debug, Clone, Deserialize)]
struct ContractText {
    slug: String,
    name: String,
    content: String,
}

/// Everything the sandbox needs to sell to one subsidiary.
#[derive(Debug, Clone)]
pub struct Market {
    /// The `ovhSubsidiary` code, upper-case (`FR`, `ASIA`).
    pub code: String,
    /// ISO 4217 (`EUR`).
    pub currency: String,
    /// BCP 47 primary tag of the language its customers read (`fr`).
    pub language: String,
    /// VAT/GST in thousandths of a percent (20000 = 20 %).
    pub tax_milli_percent: i64,
    pub format: PriceFormat,
    pub locale: Locale,
}

impl Market {
    pub fn currency(&self) -> &str {
        &self.currency
    }

    /// The Public Cloud project plan: `project` on the US API, `project.2018` elsewhere.
    pub fn project_plan_code(&self) -> &'static str {
        if self.code == "US" { "project" } else { "project.2018" }
    }

    /// Whether the HDS certification is sold here: it is a French health-data standard, so
    /// the sandbox sells it to FR (and on the US API, whose plan code Terraform documents);
    /// elsewhere it is not sold (an assumption, §13).
    pub fn sells_hds(&self) -> bool {
        matches!(self.code.as_str(), "FR" | "US")
    }

    pub fn hds_plan_code(&self) -> &'static str {
        if self.code == "US" { "certification.hds" } else { "certification.hds.2018" }
    }

    /// An `order.Price`. `with_ucents` adds `priceInUcents` (cart items and offers have it,
    /// order totals do not, as observed).
    pub fn price(&self, ucents: i64, with_ucents: bool) -> Price {
        Price {
            currency_code: self.currency().to_owned(),
            price_in_ucents: with_ucents.then_some(ucents),
            text: self.text(ucents),
            value: to_value(ucents),
        }
    }

    /// `12.5 EUR` in FR: `12.50 €`; in GB: `£12.50`; in PL: `12,50 zł`.
    pub fn text(&self, ucents: i64) -> String {
        let cents = round_to_cents(ucents) / UCENTS_PER_CENT;
        let sign = if cents < 0 { "-" } else { "" };
        let cents = cents.unsigned_abs();
        format!(
            "{sign}{}{}{}{:02}{}",
            self.format.prefix,
            cents / 100,
            self.format.decimal,
            cents % 100,
            self.format.suffix
        )
    }

    /// Tax on an amount, rounded half-up to the cent, in integers.
    pub fn tax(&self, ucents: i64) -> i64 {
        let raw = i128::from(ucents) * i128::from(self.tax_milli_percent) / 100_000;
        round_to_cents(i64::try_from(raw).unwrap_or(i64::MAX))
    }

    pub fn contracts(&self) -> Vec<Contract> {
        let lang = &self.language;
        self.locale
            .contracts
            .iter()
            .map(|c| Contract {
                content: c.content.clone(),
                name: c.name.clone(),
                url: format!("https://sandbox.ovhcart.invalid/{lang}/contracts/{}.pdf", c.slug),
            })
            .collect()
    }
}

/// Rounds micro-cents to a whole number of cents, half away from zero.
pub fn round_to_cents(ucents: i64) -> i64 {
    let half = UCENTS_PER_CENT / 2;
    let adjusted = if ucents >= 0 { ucents.saturating_add(half) } else { ucents.saturating_sub(half) };
    adjusted / UCENTS_PER_CENT * UCENTS_PER_CENT
}

/// The display value: whole cents divided once, so it prints as the text does.
fn to_value(ucents: i64) -> f64 {
    (round_to_cents(ucents) / UCENTS_PER_CENT) as f64 / 100.0
}

fn markets() -> &'static BTreeMap<String, Market> {
    static MARKETS: OnceLock<BTreeMap<String, Market>> = OnceLock::new();
    MARKETS.get_or_init(|| {
        // The assets are part of the binary and checked by the unit tests below, so a
        // malformed file is a build defect; an empty table then makes every cart creation
        // fail with a clear 400 rather than a panic.
        let subs: SubsidiaryFile = serde_json::from_str(include_str!("../../assets/sandbox/subsidiaries.json"))
            .unwrap_or(SubsidiaryFile { subsidiaries: Vec::new() });
        let locales: LocaleFile = serde_json::from_str(include_str!("../../assets/sandbox/locales.json"))
            .unwrap_or(LocaleFile { locales: BTreeMap::new() });
        let mut out = BTreeMap::new();
        for entry in subs.subsidiaries {
            let locale = locales.locales.get(&entry.language).or_else(|| locales.locales.get("en"));
            let Some(locale) = locale else { continue };
            let code = entry.code.to_ascii_uppercase();
            out.insert(
                code.clone(),
                Market {
                    code,
                    currency: entry.currency,
                    language: entry.language,
                    tax_milli_percent: entry.tax_milli_percent,
                    format: entry.format,
                    locale: locale.clone(),
                },
            );
        }
        out
    })
}

/// The market of a subsidiary code (case-insensitive), if the sandbox sells there.
pub fn market(code: &str) -> Option<&'static Market> {
    markets().get(&code.trim().to_ascii_uppercase())
}

/// A demo voucher (§13: the real voucher rules are unknown; these are sandbox choices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Voucher {
    pub code: &'static str,
    /// Credit in whole units of the cart's currency.
    pub credit_units: i64,
    pub payment_method_required: bool,
    pub expired: bool,
}

pub const VOUCHERS: [Voucher; 3] = [
    Voucher { code: "WELCOME50", credit_units: 50, payment_method_required: false, expired: false },
    Voucher { code: "CLOUD200", credit_units: 200, payment_method_required: true, expired: false },
    Voucher { code: "EXPIRED2020", credit_units: 30, payment_method_required: false, expired: true },
];

/// Checks a voucher code: `Ok` for a usable one, `Err(message)` for an expired or unknown one.
pub fn check_voucher(code: &str) -> Result<&'static Voucher, String> {
    let printable: String = code.chars().filter(|c| !c.is_control()).take(64).collect();
    match VOUCHERS.iter().find(|v| v.code.eq_ignore_ascii_case(code.trim())) {
        Some(v) if v.expired => Err(format!("The voucher {} has expired (VOUCHER_EXPIRED)", v.code)),
        Some(v) => Ok(v),
        None => Err(format!("The voucher {printable} is not valid (VOUCHER_INVALID)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The sandbox's table and the client's agree on every subsidiary (two tables written
    /// apart, so that a mistake in one is caught by the other).
    #[test]
    fn every_subsidiary_has_a_market() {
        let client = &crate::api::endpoints::SUBSIDIARIES;
        assert_eq!(markets().len(), client.len());
        for sub in client {
            let m = market(sub.code).unwrap_or_else(|| panic!("no market for {}", sub.code));
            assert_eq!((m.code.as_str(), m.currency(), m.language.as_str()), (sub.code, sub.currency, sub.language));
            assert_eq!(m.contracts().len(), 2, "{}", sub.code);
            assert!(!m.locale.product_name.is_empty());
        }
        assert_eq!(market("fr").unwrap().locale.product_name, "Projet Public Cloud");
        assert_eq!(market("US").unwrap().project_plan_code(), "project");
        assert_eq!(market("FR").unwrap().project_plan_code(), "project.2018");
    }

    #[test]
    fn texts_and_taxes() {
        let fr = market("FR").unwrap();
        assert_eq!(fr.text(0), "0.00 €");
        assert_eq!(fr.text(1_699_000_000), "16.99 €");
        assert_eq!(market("GB").unwrap().text(1_250_000_000), "£12.50");
        assert_eq!(market("PL").unwrap().text(0), "0,00 zł");
        assert_eq!(market("IE").unwrap().text(1_699_000_000), "€ 16.99");
        assert_eq!(fr.tax(1_000 * UCENTS_PER_CENT), 200 * UCENTS_PER_CENT);
        // 14.975 % of 9.99 = 1.4960… -> 1.50
        assert_eq!(market("QC").unwrap().tax(999 * UCENTS_PER_CENT), 150 * UCENTS_PER_CENT);
        assert_eq!(fr.price(1_699_000_000, true).value, 16.99);
        assert_eq!(fr.price(5, false).price_in_ucents, None);
    }

    #[test]
    fn vouchers() {
        assert_eq!(check_voucher("welcome50").unwrap().credit_units, 50);
        assert!(check_voucher("EXPIRED2020").unwrap_err().contains("expired"));
        assert!(check_voucher("NOPE").unwrap_err().ends_with("is not valid (VOUCHER_INVALID)"));
    }
}
