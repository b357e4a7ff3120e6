//! The Public Cloud project: everything ovhcart knows about ordering one through the cart.

use super::{ConfigLabel, Configuration, Delivered, Invalid, OptionKind, PerApi, Product, ProductOption};
use crate::api::models::is_project_id;

/// The plan codes of a Public Cloud project (EU/CA, US, discovery).
pub const PROJECT_PLAN_CODES: [&str; 3] = ["project.2018", "project", "project.discovery"];

pub static PROJECT: Product = Product {
    segment: "cloud",
    // Terraform's documentation: `project.2018` on ovh-eu and ovh-ca, `project` on ovh-us.
    plan_code: PerApi { eu_ca: "project.2018", us: "project" },
    plan_codes: &PROJECT_PLAN_CODES,
    configurations: &[
        Configuration {
            label: ConfigLabel::Description,
            field: msgid!("review-name"),
            check: |raw| project_name(raw).map(Some).map_err(NameError::invalid),
        },
        Configuration {
            label: ConfigLabel::Voucher,
            field: msgid!("review-voucher"),
            check: |raw| voucher_code(raw).map_err(VoucherError::invalid),
        },
    ],
    options: &[ProductOption {
        kind: OptionKind::Hds,
        // The Control Panel's `PCI_HDS_ADDON`; Terraform's docs for the US spelling.
        plan_code: PerApi { eu_ca: "certification.hds.2018", us: "certification.hds" },
        family: "certification-hds",
        label: msgid!("hds-label"),
        explanation: msgid!("hds-explanation"),
        not_sold: msgid!("hds-not-sold"),
    }],
    // The detail whose domain has the project id's shape; the US API names it only in the
    // detail's operations (Terraform's `resource_cloud_project.go`).
    delivered: Delivered { id_format: is_project_id, in_operations: true },
};

/// The API accepts a project description of at most this many characters.
pub const PROJECT_NAME_MAX: usize = 255;
/// Longer than any voucher code OVHcloud issues; guards against pasting the wrong thing.
pub const VOUCHER_MAX: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    Empty,
    TooLong { count: usize },
    ControlCharacter,
}

impl NameError {
    pub fn msgid(self) -> &'static str {
        match self {
            NameError::Empty => msgid!("name-error-empty"),
            NameError::TooLong { .. } => msgid!("name-error-too-long"),
            NameError::ControlCharacter => msgid!("name-error-control"),
        }
    }

    fn invalid(self) -> Invalid {
        let count = if let NameError::TooLong { count } = self { count } else { 0 };
        Invalid { msgid: self.msgid(), count, max: PROJECT_NAME_MAX }
    }
}

/// The name the project gets when the person keeps the default.
pub fn default_project_name(today: &str) -> String {
    format!("Project {today}")
}

/// A project name as it will be sent: trimmed, 1 to 255 characters, no control characters.
pub fn project_name(raw: &str) -> Result<String, NameError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(NameError::Empty);
    }
    if name.chars().any(char::is_control) {
        return Err(NameError::ControlCharacter);
    }
    let count = name.chars().count();
    if count > PROJECT_NAME_MAX {
        return Err(NameError::TooLong { count });
    }
    Ok(name.to_owned())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoucherError {
    Whitespace,
    ControlCharacter,
    TooLong,
}

impl VoucherError {
    pub fn msgid(self) -> &'static str {
        match self {
            VoucherError::Whitespace => msgid!("voucher-error-space"),
            VoucherError::ControlCharacter => msgid!("voucher-error-control"),
            VoucherError::TooLong => msgid!("voucher-error-too-long"),
        }
    }

    fn invalid(self) -> Invalid {
        Invalid { msgid: self.msgid(), count: 0, max: VOUCHER_MAX }
    }
}

/// A voucher code as typed: `None` when empty (the step is skipped).
pub fn voucher_code(raw: &str) -> Result<Option<String>, VoucherError> {
    let code = raw.trim();
    if code.is_empty() {
        return Ok(None);
    }
    if code.chars().any(char::is_control) {
        return Err(VoucherError::ControlCharacter);
    }
    if code.chars().any(char::is_whitespace) {
        return Err(VoucherError::Whitespace);
    }
    if code.chars().count() > VOUCHER_MAX {
        return Err(VoucherError::TooLong);
    }
    // Codes are upper-case, as the Control Panel sends and shows them.
    Ok(Some(code.to_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn project_names() {
        assert_eq!(project_name("  My project  "), Ok("My project".into()));
        assert_eq!(project_name("   "), Err(NameError::Empty));
        assert_eq!(project_name(""), Err(NameError::Empty));
        assert_eq!(project_name("a\tb"), Err(NameError::ControlCharacter));
        assert_eq!(project_name("a\u{7f}"), Err(NameError::ControlCharacter));
        assert_eq!(project_name(&"é".repeat(255)), Ok("é".repeat(255)));
        assert_eq!(project_name(&"日".repeat(256)), Err(NameError::TooLong { count: 256 }));
        assert_eq!(default_project_name("2026-11-21"), "Project 2026-11-21");
        assert!(project_name(&default_project_name("2026-11-21")).is_ok());
    }

    #[test]
    fn voucher_codes() {
        assert_eq!(voucher_code("  "), Ok(None));
        assert_eq!(voucher_code(" WELCOME50 "), Ok(Some("WELCOME50".into())));
        assert_eq!(voucher_code("welcome50"), Ok(Some("WELCOME50".into())), "sent and shown upper-cased");
        assert_eq!(voucher_code("A B"), Err(VoucherError::Whitespace));
        assert_eq!(voucher_code("A\u{1b}B"), Err(VoucherError::ControlCharacter));
        assert_eq!(voucher_code(&"X".repeat(65)), Err(VoucherError::TooLong));
    }

    #[test]
    fn the_descriptor_answers_for_each_api() {
        assert_eq!((PROJECT.plan_code(false), PROJECT.plan_code(true)), ("project.2018", "project"));
        let hds = PROJECT.option(OptionKind::Hds);
        assert_eq!(
            (hds.plan_code.pick(false), hds.plan_code.pick(true)),
            ("certification.hds.2018", "certification.hds")
        );
        assert_eq!(PROJECT.option_of_plan("certification.hds").map(|o| o.kind), Some(OptionKind::Hds));
        for label in ConfigLabel::ALL {
            assert_eq!(PROJECT.configuration(label).label, label);
            assert_eq!(ConfigLabel::parse(label.as_str()), Some(label));
        }
        assert_eq!((PROJECT.configuration(ConfigLabel::Voucher).check)(" welcome "), Ok(Some("WELCOME".into())));
        let too_long = (PROJECT.configuration(ConfigLabel::Description).check)(&"x".repeat(300)).unwrap_err();
        assert_eq!((too_long.count, too_long.max), (300, PROJECT_NAME_MAX));
    }
}
