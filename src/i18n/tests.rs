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
fn every_locale_has_exactly_the_english_keys() {
    let english = message_ids(catalogue_source("en").unwrap());
    for code in catalogue_codes() {
        let keys = message_ids(catalogue_source(code).unwrap());
        let missing: Vec<_> = english.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&english).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{code}: missing {missing:?}, unknown {extra:?}");
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
    // Languages without a catalogue yet read English.
    assert_eq!(tr(Lang::De, msgid!("step-plan")), tr(Lang::En, msgid!("step-plan")));
    assert_eq!(tr(Lang::En, "no-such-key"), "no-such-key");
}
