//! `nichandle.Nichandle` and `me.payment.PaymentMethod`.

use serde::{Deserialize, Serialize};

/// The subset of `nichandle.Nichandle` (`GET /me`) that ovhcart reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Me {
    pub nichandle: String,
    pub ovh_subsidiary: String,
    #[serde(default)]
    pub ovh_company: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub firstname: Option<String>,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub country: String,
    #[serde(default)]
    pub language: Option<String>,
    #[serde(default)]
    pub currency: Option<Currency>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Currency {
    pub code: String,
    pub symbol: String,
}

/// `me.payment.PaymentMethod`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentMethod {
    #[serde(default)]
    pub billing_contact_id: Option<i64>,
    #[serde(default)]
    pub creation_date: String,
    #[serde(default)]
    pub default: bool,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub expiration_date: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub last_update: String,
    #[serde(default)]
    pub payment_mean_id: Option<i64>,
    pub payment_method_id: i64,
    #[serde(default)]
    pub payment_sub_type: Option<String>,
    #[serde(default)]
    pub payment_type: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub icon: Option<PaymentMethodIcon>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentMethodIcon {
    #[serde(default)]
    pub data: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
}
