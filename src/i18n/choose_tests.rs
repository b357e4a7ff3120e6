use super::Lang;
use super::choose::*;

fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
    move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
}

fn choose(flag: Option<&str>, vars: &[(&str, &str)], subsidiary: Option<&str>) -> Result<Lang, UnknownLanguage> {
    choose_language(flag, &env(vars), subsidiary)
}

#[test]
fn the_flag_wins_in_any_spelling() {
    let vars = [("LC_ALL", "de_DE.UTF-8")];
    for flag in ["fr", "fr-FR", "fr_FR.UTF-8", "FR", " fr "] {
        assert_eq!(choose(Some(flag), &vars, Some("it")), Ok(Lang::Fr), "{flag}");
    }
    // An empty flag is no flag.
    assert_eq!(choose(Some(""), &vars, None), Ok(Lang::De));
}

#[test]
fn an_unknown_flag_is_an_error_listing_the_languages() {
    let error = choose(Some("ja_JP"), &[], None).unwrap_err();
    assert_eq!(error, UnknownLanguage("ja_JP".into()));
    assert_eq!(error.to_string(), "unknown language \"ja_JP\"; supported: en, fr, es, it, pl, pt, de");
    assert!(choose(Some("C"), &[], None).is_err());
}

#[test]
fn locale_variables_in_posix_order() {
    let all = [("LC_ALL", "pl_PL.UTF-8"), ("LC_MESSAGES", "it_IT.UTF-8"), ("LANG", "pt_PT.UTF-8")];
    assert_eq!(choose(None, &all, Some("fr")), Ok(Lang::Pl));
    assert_eq!(choose(None, &all[1..], Some("fr")), Ok(Lang::It));
    assert_eq!(choose(None, &all[2..], Some("fr")), Ok(Lang::Pt));
    // Empty variables count as unset.
    let empty = [("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "es_ES.UTF-8")];
    assert_eq!(choose(None, &empty, None), Ok(Lang::Es));
}

#[test]
fn c_and_posix_state_no_preference() {
    for locale in ["C", "POSIX", "C.UTF-8", "c.utf8"] {
        assert_eq!(choose(None, &[("LANG", locale)], Some("de")), Ok(Lang::De), "{locale}");
    }
    // LC_ALL=C hides LANG, as POSIX says, and leaves the choice to the subsidiary.
    assert_eq!(choose(None, &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")], Some("it")), Ok(Lang::It));
}

#[test]
fn an_unsupported_locale_reads_english() {
    assert_eq!(choose(None, &[("LANG", "ja_JP.UTF-8")], Some("fr")), Ok(Lang::En));
}

#[test]
fn the_subsidiary_then_english() {
    assert_eq!(choose(None, &[], Some("es")), Ok(Lang::Es));
    assert_eq!(choose(None, &[], Some("pt_PT")), Ok(Lang::Pt));
    assert_eq!(choose(None, &[], Some("nl")), Ok(Lang::En));
    assert_eq!(choose(None, &[], None), Ok(Lang::En));
}

#[test]
fn native_names_and_switching() {
    let names: Vec<_> = Lang::ALL.iter().map(|lang| lang.native_name()).collect();
    assert_eq!(names, ["English", "Français", "Español", "Italiano", "Polski", "Português", "Deutsch"]);
    let mut lang = Lang::En;
    for expected in Lang::ALL.iter().skip(1).chain([&Lang::En]) {
        lang = lang.next();
        assert_eq!(lang, *expected);
    }
}
