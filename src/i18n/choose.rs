//! Which language to speak: `--lang`, else the POSIX locale variables, else the
//! subsidiary's language, else English.

use std::fmt;

use super::Lang;

/// The locale variables that name the messages language, strongest first (POSIX).
pub const LOCALE_VARS: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// `--lang` named a language ovhcart has no catalogue for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let supported: Vec<_> = Lang::ALL.iter().map(|lang| lang.code()).collect();
        write!(f, "unknown language {:?}; supported: {}", self.0, supported.join(", "))
    }
}

impl std::error::Error for UnknownLanguage {}

/// Chooses the interface language.
///
/// 1. `flag` (`--lang`): `fr`, `fr-FR` or `fr_FR.UTF-8`; anything else is an error.
/// 2. The first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG`, read through `env`: a supported
///    language wins; `C` and `POSIX` state no preference (go on to 3); another language falls
///    back to English, which its reader more likely knows than the subsidiary's language.
/// 3. The subsidiary's language (`fr`, `fr_FR`), when ovhcart speaks it.
/// 4. English.
pub fn choose_language(
    flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    subsidiary_language: Option<&str>,
) -> Result<Lang, UnknownLanguage> {
    if let Some(flag) = flag.map(str::trim).filter(|f| !f.is_empty()) {
        return Lang::from_tag(flag).ok_or_else(|| UnknownLanguage(flag.to_owned()));
    }
    let locale = LOCALE_VARS.iter().find_map(|name| env(name).filter(|value| !value.trim().is_empty()));
    if let Some(locale) = locale.filter(|locale| !is_posix_default(locale)) {
        return Ok(Lang::from_tag(&locale).unwrap_or_default());
    }
    Ok(subsidiary_language.and_then(Lang::from_tag).unwrap_or_default())
}

/// `C`, `POSIX`, `C.UTF-8`: the portable locale, which names no language.
fn is_posix_default(locale: &str) -> bool {
    let primary = locale.trim().split(['.', '@']).next().unwrap_or_default();
    primary.eq_ignore_ascii_case("C") || primary.eq_ignore_ascii_case("POSIX")
}

impl Lang {
    /// The language's name in itself, for a language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::It => "Italiano",
            Lang::Pl => "Polski",
            Lang::Pt => "Português",
            Lang::De => "Deutsch",
        }
    }

    /// The next language in [`Lang::ALL`], wrapping around (for a switch key).
    pub fn next(self) -> Lang {
        let index = Lang::ALL.iter().position(|lang| *lang == self).unwrap_or(0);
        Lang::ALL[(index + 1) % Lang::ALL.len()]
    }
}
