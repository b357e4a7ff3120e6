//! `cloud.*`: eligibility, projects and project orders.

use serde::{Deserialize, Serialize};

use super::Price;

/// `cloud.project.EligibilityInfo`, from `GET /cloud/eligibility[?voucher=]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Eligibility {
    #[serde(default)]
    pub actions_required: Option<Vec<String>>,
    #[serde(default)]
    pub minimum_credit: Option<Price>,
    #[serde(default)]
    pub payment_methods_authorized: Option<Vec<String>>,
    #[serde(default)]
    pub voucher: Option<VoucherEligibility>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VoucherEligibility {
    pub credit: Price,
    #[serde(default)]
    pub payment_method_required: bool,
}

/// `cloud.ProjectWithIAM` (the fields ovhcart reads). Note the snake-case `project_id`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Project {
    #[serde(default)]
    pub access: String,
    #[serde(default)]
    pub creation_date: String,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub expiration: Option<String>,
    #[serde(default)]
    pub manual_quota: bool,
    #[serde(default)]
    pub order_id: Option<i64>,
    #[serde(default)]
    pub plan_code: String,
    #[serde(default)]
    pub project_name: Option<String>,
    #[serde(rename = "project_id")]
    pub project_id: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub unleash: bool,
}

/// `cloud.Project` as a `PUT /cloud/project/{serviceName}` body (the field clients send).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// `cloud.order.Order`, from `GET /cloud/order`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CloudOrder {
    pub date: String,
    pub order_id: i64,
    pub plan_code: String,
    #[serde(default)]
    pub service_name: Option<String>,
    pub status: String,
}

/// The project id format (`^[0-9a-f]{12}4[0-9a-f]{19}$`), as Terraform checks it.
pub fn is_project_id(s: &str) -> bool {
    s.len() == 32
        && s.bytes().enumerate().all(
            |(i, b)| {
                if i == 12 { b == b'4' } else { b.is_ascii_digit() || (b'a'..=b'f').contains(&b) }
            },
        )
}

#[cfg(test)]
mod tests {
    use super::is_project_id;

    #[test]
    fn project_id_format() {
        assert!(is_project_id("0123456789ab4cdef0123456789abcde"));
        assert!(!is_project_id("0123456789ab5cdef0123456789abcde"));
        assert!(!is_project_id("0123456789AB4cdef0123456789abcde"));
        assert!(!is_project_id("0123456789ab4cdef0123456789abcd"));
        assert!(!is_project_id("*001"));
    }
}
