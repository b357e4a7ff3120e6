//! Pure validators, shared by the wizard and the line mode. The rules are the product's
//! (see `api::products`); the core reads them from here.

pub use crate::api::products::{NameError, PROJECT_NAME_MAX, VOUCHER_MAX, VoucherError, project_name, voucher_code};

use crate::i18n::{Lang, tr_args};

/// The name the project gets when the person keeps the default (`Project 2026-11-21`, as
/// the Control Panel names it), in the language on screen.
pub fn default_project_name(lang: Lang, today: &str) -> String {
    tr_args(lang, msgid!("name-default"), &[("date", today)])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_name_is_in_the_language_and_valid_in_every_one() {
        assert_eq!(default_project_name(Lang::En, "2026-11-21"), "Project 2026-11-21");
        assert_eq!(default_project_name(Lang::Fr, "2026-11-21"), "Projet 2026-11-21");
        for lang in Lang::ALL {
            let name = default_project_name(lang, "2026-11-21");
            assert!(name.contains("2026-11-21") && project_name(&name).is_ok(), "{name}");
        }
    }
}
