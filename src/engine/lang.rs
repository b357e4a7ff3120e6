//! The language of everything ovhcart says: `--lang` (or `OVHCART_LANG`), else the locale
//! environment, else the subsidiary's language, else English (`i18n::choose_language`).

use crate::i18n::{Lang, choose_language};

use super::Failure;

/// An unknown `--lang` is a usage error that lists the supported languages.
pub fn resolve(flag: Option<&str>, subsidiary_language: Option<&str>) -> Result<Lang, Failure> {
    choose_language(flag, &|name| std::env::var(name).ok(), subsidiary_language)
        .map_err(|e| Failure::usage(e.to_string()))
}
