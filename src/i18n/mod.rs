//! Message catalogues: Fluent files under `assets/locales/<lang>/ovhcart.ftl`, embedded at
//! build time (see `build.rs`), so adding a language is adding a file.
//!
//! Every catalogue key written in the code is wrapped in [`msgid!`], which lets a test find
//! them all and check that each exists, and that no catalogue carries a key nobody uses.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// Marks a string literal as a catalogue key. It expands to the literal itself.
#[macro_export]
macro_rules! msgid {
    ($key:literal) => {
        $key
    };
}

mod choose;
pub mod countries;
pub mod format;

pub use choose::{LOCALE_VARS, UnknownLanguage, choose_language};

/// The languages ovhcart is (or will be) translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Es,
    It,
    Pl,
    Pt,
    De,
}

impl Lang {
    pub const ALL: [Lang; 7] = [Lang::En, Lang::Fr, Lang::Es, Lang::It, Lang::Pl, Lang::Pt, Lang::De];

    /// The BCP 47 primary language subtag, which is also the catalogue's folder name.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Pl => "pl",
            Lang::Pt => "pt",
            Lang::De => "de",
        }
    }

    /// Reads a locale tag as found in `LANG`/`LC_ALL` (`fr_FR.UTF-8`, `de-DE`, `pt`, `C`).
    /// `None` for `C`, `POSIX` and languages ovhcart does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['_', '-', '.', '@']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// Whether a catalogue for this language is embedded (otherwise English is used).
    pub fn is_available(self) -> bool {
        catalogue_source(self.code()).is_some()
    }
}

/// `text` lower-cased, with the accents and other marks of Latin letters taken off, so
/// that a search matches however it was typed (`allem`, `Etats`, `ceska`).
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ā' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'ď' => 'd',
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
            'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
            'ł' => 'l',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
            'ř' => 'r',
            'ś' | 'š' => 's',
            'ť' => 't',
            'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ū' => 'u',
            'ý' | 'ÿ' => 'y',
            'ź' | 'ż' | 'ž' => 'z',
            other => other,
        })
        .collect()
}

/// The text of `key` in `lang`, falling back to English, then to the key itself.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// Like [`tr`], with named arguments (`{ $name }` in the catalogue).
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
    let fluent_args = (!args.is_empty()).then(|| {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, arg_value(value));
        }
        fluent_args
    });
    [lang, Lang::En]
        .into_iter()
        .find_map(|lang| format(bundle(lang)?, key, fluent_args.as_ref()))
        .unwrap_or_else(|| key.to_owned())
}

/// A canonical small integer (`0`, `42`, not `007` or `1e3`) becomes a Fluent number, so
/// catalogues can select plural forms on it; anything else stays a string, unchanged.
fn arg_value(value: &str) -> FluentValue<'static> {
    let canonical = !value.is_empty()
        && value.len() <= 9
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    match value.parse::<u32>() {
        Ok(number) if canonical => FluentValue::from(number),
        _ => FluentValue::from(value.to_owned()),
    }
}

fn format(bundle: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// The embedded source of a catalogue, by language code.
pub fn catalogue_source(code: &str) -> Option<&'static str> {
    CATALOGUES.iter().find(|(c, _)| *c == code).map(|(_, source)| *source)
}

/// The language codes of every embedded catalogue.
pub fn catalogue_codes() -> impl Iterator<Item = &'static str> {
    CATALOGUES.iter().map(|(code, _)| *code)
}

/// The message ids a Fluent source defines (terms, which start with `-`, excluded).
pub fn message_ids(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            valid.then(|| id.to_owned())
        })
        .collect()
}

fn bundle(lang: Lang) -> Option<&'static FluentBundle<FluentResource>> {
    static BUNDLES: OnceLock<Vec<(Lang, FluentBundle<FluentResource>)>> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| Some((lang, build_bundle(lang, catalogue_source(lang.code())?))))
            .collect()
    });
    bundles.iter().find(|(l, _)| *l == lang).map(|(_, bundle)| bundle)
}

fn build_bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Terminal output: the Unicode isolation marks would show up as stray characters.
    bundle.set_use_isolating(false);
    // A catalogue with a syntax error still yields its valid entries; tests reject the error.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    // Duplicate ids keep their first definition; tests reject duplicates.
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod choose_tests;
#[cfg(test)]
mod tests;
