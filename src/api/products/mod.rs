//! What ovhcart sells through the order cart: one descriptor per product, so that the
//! product's facts (its cart path segment, its plan code on each API, its configurations,
//! its options, how the delivered service is found) live in one file and the generic code
//! (`api::flow`, the journal, the receipt, the wizard's steps) reads them.
//!
//! Adding an option or a product is its descriptor, its sandbox catalogue and its strings.

mod project;

pub use project::{NameError, PROJECT, PROJECT_NAME_MAX, PROJECT_PLAN_CODES, VOUCHER_MAX, VoucherError};
pub use project::{default_project_name, project_name, voucher_code};

use serde::{Deserialize, Serialize};

/// A product sold through `/order/cart/{cartId}/{segment}`.
#[derive(Debug)]
pub struct Product {
    /// The cart's path segment: `/order/cart/{cartId}/cloud`, `…/cloud/options`.
    pub segment: &'static str,
    /// The plan ovhcart orders, per API.
    pub plan_code: PerApi,
    /// Every plan code that is this product (to recognise it in orders and carts).
    pub plan_codes: &'static [&'static str],
    /// The configurations ovhcart sets on the product's item, in the order they are asked.
    pub configurations: &'static [Configuration],
    /// The options ovhcart can add to the product's item.
    pub options: &'static [ProductOption],
    /// How the delivered service's id is found in the order.
    pub delivered: Delivered,
}

impl Product {
    /// The plan ovhcart orders through this API (`us`: the US API, see `Endpoint::is_us`).
    pub fn plan_code(&self, us: bool) -> &'static str {
        self.plan_code.pick(us)
    }

    pub fn configuration(&self, label: ConfigLabel) -> &'static Configuration {
        self.configurations.iter().find(|c| c.label == label).expect("every label is described")
    }

    pub fn option(&self, kind: OptionKind) -> &'static ProductOption {
        self.options.iter().find(|o| o.kind == kind).expect("every option is described")
    }

    /// The option whose plan code this is, on either API.
    pub fn option_of_plan(&self, plan_code: &str) -> Option<&'static ProductOption> {
        self.options.iter().find(|o| o.plan_code.eu_ca == plan_code || o.plan_code.us == plan_code)
    }

    /// Whether `plan_code` is this product's.
    pub fn is_plan(&self, plan_code: &str) -> bool {
        self.plan_codes.contains(&plan_code)
    }
}

/// A value that differs between the US API and the others (EU, CA).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerApi {
    pub eu_ca: &'static str,
    pub us: &'static str,
}

impl PerApi {
    pub fn pick(self, us: bool) -> &'static str {
        if us { self.us } else { self.eu_ca }
    }
}

/// A configuration label of a product's item, typed from the core through the engine,
/// the journal and the commands; spelled as the API spells it only at the edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConfigLabel {
    /// The project's name.
    Description,
    Voucher,
}

impl ConfigLabel {
    pub const ALL: [ConfigLabel; 2] = [ConfigLabel::Description, ConfigLabel::Voucher];

    /// The label as the API spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            ConfigLabel::Description => "description",
            ConfigLabel::Voucher => "voucher",
        }
    }

    /// A label the API sent, if ovhcart sets it.
    pub fn parse(label: &str) -> Option<ConfigLabel> {
        ConfigLabel::ALL.into_iter().find(|l| l.as_str() == label)
    }
}

impl std::fmt::Display for ConfigLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for ConfigLabel {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for ConfigLabel {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Why a value cannot be sent: its catalogue key, with `$count` and `$max` for lengths.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid {
    pub msgid: &'static str,
    pub count: usize,
    pub max: usize,
}

/// One configuration of a product's item.
#[derive(Debug)]
pub struct Configuration {
    pub label: ConfigLabel,
    /// Catalogue key of the field, as summaries title it.
    pub field: &'static str,
    /// The value as it will be sent (`None`: left out), or why it cannot be.
    pub check: fn(&str) -> Result<Option<String>, Invalid>,
}

/// An option of a product ovhcart can add to its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OptionKind {
    /// The HDS (Hébergement de Données de Santé) certification.
    Hds,
}

#[derive(Debug)]
pub struct ProductOption {
    pub kind: OptionKind,
    /// Its plan code, per API (`GET …/{segment}/options?planCode=` lists it).
    pub plan_code: PerApi,
    /// The family the API files it under.
    pub family: &'static str,
    /// Catalogue keys: the box's label, and its one-line explanation.
    pub label: &'static str,
    pub explanation: &'static str,
    /// Catalogue key of "not sold" (for this plan, subsidiary or API).
    pub not_sold: &'static str,
}

/// How the delivered service's id is found in an order's details.
#[derive(Debug)]
pub struct Delivered {
    /// The shape of the id (a detail's `domain` of that shape is the service).
    pub id_format: fn(&str) -> bool,
    /// An API may name it only in a detail's operations (the US one).
    pub in_operations: bool,
}
