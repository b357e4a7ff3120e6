//! The language of the commands' sentences: `--lang` (or `OVHCART_LANG`), else the
//! locale environment, else English.

use crate::i18n::Lang;

use super::Failure;

pub fn resolve(flag: Option<&str>) -> Result<Lang, Failure> {
    if let Some(tag) = flag.filter(|t| !t.trim().is_empty()) {
        return Lang::from_tag(tag).ok_or_else(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            Failure::usage(format!("unknown language '{tag}': use one of {}", codes.join(", ")))
        });
    }
    // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides.
    let locale =
        ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    Ok(locale.and_then(|tag| Lang::from_tag(&tag)).unwrap_or_default())
}
