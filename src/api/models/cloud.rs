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

impl Eligibility {
    /// What the account must do before it may order a project (`cloud.project.EligibilityAction`:
    /// `addPaymentMethod`, `askIncreaseProjectsQuota`, `challengePaymentMethod`, `verifyPaypal`).
    pub fn actions(&self) -> &[String] {
        self.actions_required.as_deref().unwrap_or_default()
    }

    /// A voucher that needs a payment method the account lacks: the Control Panel refuses
    /// it at once, rather than at the quote.
    pub fn voucher_needs_missing_payment_method(&self) -> bool {
        self.voucher.as_ref().is_some_and(|v| v.payment_method_required)
            && self.actions().iter().any(|a| a == "addPaymentMethod")
    }
}

/// The actions named by a checkout refused with "Found eligibility issues: a, b" (the
/// real API's message for accounts that must act first; Terraform provider issue #229).
pub fn eligibility_issues(message: &str) -> Option<Vec<String>> {
    let (_, rest) = message.split_once("Found eligibility issues:")?;
    let actions: Vec<String> = rest
        .split([',', ' ', ';'])
        .map(|a| a.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect();
    (!actions.is_empty()).then_some(actions)
}

/// The `VOUCHER_*` code a voucher refusal carries (the Control Panel reads it with
/// `/(VOUCHER_\w+)/`).
pub fn voucher_error_code(message: &str) -> Option<&str> {
    let start = message.find("VOUCHER_")?;
    let code = &message[start..];
    let end = code.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(code.len());
    Some(&code[..end])
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
    use super::*;

    #[test]
    fn project_id_format() {
        assert!(is_project_id("0123456789ab4cdef0123456789abcde"));
        assert!(!is_project_id("0123456789ab5cdef0123456789abcde"));
        assert!(!is_project_id("0123456789AB4cdef0123456789abcde"));
        assert!(!is_project_id("0123456789ab4cdef0123456789abcd"));
        assert!(!is_project_id("*001"));
    }

    #[test]
    fn eligibility_issues_and_voucher_codes_are_read_from_messages() {
        assert_eq!(
            eligibility_issues("Found eligibility issues: challengePaymentMethod"),
            Some(vec!["challengePaymentMethod".to_owned()])
        );
        assert_eq!(
            eligibility_issues("Found eligibility issues: [addPaymentMethod, verifyPaypal]"),
            Some(vec!["addPaymentMethod".to_owned(), "verifyPaypal".to_owned()])
        );
        assert_eq!(eligibility_issues("Custom field description is mandatory"), None);
        assert_eq!(voucher_error_code("The voucher X has expired (VOUCHER_EXPIRED)"), Some("VOUCHER_EXPIRED"));
        assert_eq!(voucher_error_code("VOUCHER_ALREADY_USED_2: used"), Some("VOUCHER_ALREADY_USED_2"));
        assert_eq!(voucher_error_code("not valid"), None);
    }
}
