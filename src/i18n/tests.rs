use std::collections::BTreeSet;
use std::path::Path;

use super::*;

#[test]
fn locale_tags() {
    assert_eq!(Lang::from_tag("fr_FR.UTF-8"), Some(Lang::Fr));
    assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
    assert_eq!(Lang::from_tag("pt"), Some(Lang::Pt));
    assert_eq!(Lang::from_tag("en_GB@euro"), Some(Lang::En));
    assert_eq!(Lang::from_tag("PL_pl"), Some(Lang::Pl));
    assert_eq!(Lang::from_tag("C"), None);
    assert_eq!(Lang::from_tag("POSIX"), None);
    assert_eq!(Lang::from_tag("ja_JP.UTF-8"), None);
    assert_eq!(Lang::from_tag(""), None);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.code()), Some(lang));
    }
}

#[test]
fn english_is_embedded_and_parses_cleanly() {
    assert!(Lang::En.is_available());
    for code in catalogue_codes() {
        let source = catalogue_source(code).unwrap();
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("{code}: syntax errors {errors:?}");
        }
        let ids: Vec<_> = source.lines().filter_map(|l| message_ids(l).into_iter().next()).collect();
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(ids.len(), unique.len(), "{code}: a key is defined twice");
    }
}

#[test]
fn every_language_has_a_catalogue() {
    let missing: Vec<_> = Lang::ALL.into_iter().filter(|lang| !lang.is_available()).map(Lang::code).collect();
    assert!(missing.is_empty(), "no assets/locales/<code>/ovhcart.ftl for {missing:?}");
    let unknown: Vec<_> = catalogue_codes().filter(|code| Lang::from_tag(code).is_none()).collect();
    assert!(unknown.is_empty(), "catalogues for languages Lang does not list: {unknown:?}");
}

#[test]
fn every_locale_has_exactly_the_english_keys() {
    let english = message_ids(catalogue_source("en").unwrap());
    let mut report = String::new();
    for code in catalogue_codes() {
        let keys = message_ids(catalogue_source(code).unwrap());
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        if !missing.is_empty() {
            report.push_str(&format!("\n{code}: missing {}: {missing:?}", missing.len()));
        }
        if !extra.is_empty() {
            report.push_str(&format!("\n{code}: not in en (unused) {}: {extra:?}", extra.len()));
        }
    }
    assert!(report.is_empty(), "catalogues differ from en:{report}");
}

/// Texts that may read the same in English and a translation (names, codes, short words).
const SAME_AS_ENGLISH: &[&str] = &["header-endpoint"];

#[test]
fn sentences_are_translated_not_copied() {
    let mut copies = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|lang| *lang != Lang::En) {
        for key in message_ids(catalogue_source("en").unwrap()) {
            let english = tr(Lang::En, &key);
            let long = english.split_whitespace().count() >= 3;
            if long && !SAME_AS_ENGLISH.contains(&key.as_str()) && tr(lang, &key) == english {
                copies.push(format!("{}: {key}", lang.code()));
            }
        }
    }
    assert!(copies.is_empty(), "still in English: {copies:?}");
}

#[test]
fn plural_forms_follow_the_language() {
    let too_long =
        |lang, count: &str| tr_args(lang, msgid!("name-error-too-long"), &[("count", count), ("max", "255")]);
    assert!(too_long(Lang::Pl, "256").contains("256 znaków"), "{}", too_long(Lang::Pl, "256"));
    assert!(too_long(Lang::Pl, "262").contains("262 znaki"), "{}", too_long(Lang::Pl, "262"));
    let count = |lang, count: &str| tr_args(lang, msgid!("name-count"), &[("count", count), ("max", "255")]);
    assert_eq!(count(Lang::Fr, "1"), "1 caractère sur 255");
    assert_eq!(count(Lang::Fr, "12"), "12 caractères sur 255");
    // Identifiers that only look like numbers are passed through untouched.
    let placed = tr_args(Lang::En, msgid!("order-placed"), &[("id", "0012")]);
    assert!(placed.contains("0012"), "{placed}");
}

#[test]
fn the_waiver_names_the_right_in_each_language() {
    let expected = [
        (Lang::En, "right of withdrawal"),
        (Lang::Fr, "droit de rétractation"),
        (Lang::Es, "derecho de desistimiento"),
        (Lang::It, "diritto di recesso"),
        (Lang::Pl, "prawo odstąpienia od umowy"),
        (Lang::Pt, "direito de livre resolução"),
        (Lang::De, "Widerrufsrecht"),
    ];
    for (lang, right) in expected {
        let text = tr(lang, msgid!("waiver-text"));
        assert!(text.contains(right) && text.contains("14"), "{}: {text}", lang.code());
    }
}

#[test]
fn every_key_in_the_code_exists_and_every_key_is_used() {
    let mut used = BTreeSet::new();
    collect_msgids(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    let english = message_ids(catalogue_source("en").unwrap());
    let unknown: Vec<_> = used.difference(&english).collect();
    let unused: Vec<_> = english.difference(&used).collect();
    assert!(unknown.is_empty(), "keys used in the code but missing from en: {unknown:?}");
    assert!(unused.is_empty(), "keys in en that no code uses: {unused:?}");
}

fn collect_msgids(dir: &Path, keys: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap().map(Result::unwrap) {
        let path = entry.path();
        if path.is_dir() {
            collect_msgids(&path, keys);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for (_, rest) in text.match_indices("msgid!(\"").map(|(i, m)| ((), &text[i + m.len()..])) {
                if let Some(end) = rest.find('"') {
                    keys.insert(rest[..end].to_owned());
                }
            }
        }
    }
}

#[test]
fn arguments_fallback_and_no_isolation_marks() {
    let text = tr_args(Lang::En, msgid!("name-error-too-long"), &[("max", "255"), ("count", "300")]);
    assert!(text.contains("255") && text.contains("300"), "{text}");
    assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    assert_eq!(tr(Lang::En, "no-such-key"), "no-such-key");
}

#[test]
fn the_italian_clauses_name_both_articles_in_each_language() {
    for lang in Lang::ALL {
        let text = tr(lang, msgid!("clauses-text"));
        assert!(text.contains("1341") && text.contains("1342"), "{}: {text}", lang.code());
    }
    let original = tr(Lang::It, msgid!("clauses-text"));
    assert!(original.contains("approvo specificamente") && original.contains("c.c."), "{original}");
}
