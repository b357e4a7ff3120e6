//! Pure validators, shared by the wizard and the line mode.

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
}
