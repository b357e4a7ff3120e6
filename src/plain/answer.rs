//! Reading typed answers: a choice in a numbered list, yes or no, and the waiver's consent.

use crate::i18n::{Lang, fold, tr};

/// The list index an answer picks: empty keeps `default`, `1`..=`count` is a row, anything
/// else is looked up with `by_name` (a subsidiary code). `None` when nothing matches.
pub fn choice(answer: &str, count: usize, default: usize, by_name: impl Fn(&str) -> Option<usize>) -> Option<usize> {
    let answer = answer.trim();
    if answer.is_empty() {
        return (default < count).then_some(default);
    }
    match answer.parse::<usize>() {
        Ok(number) => (1..=count).contains(&number).then(|| number - 1),
        Err(_) => by_name(answer).filter(|index| *index < count),
    }
}

/// A yes/no answer: empty gives `default`; `y`/`n`, the language's words for yes and no,
/// or their first letters. `None` for anything else (the question is asked again).
pub fn yes_no(answer: &str, lang: Lang, default: bool) -> Option<bool> {
    let answer = fold(answer.trim());
    if answer.is_empty() {
        return Some(default);
    }
    let matches = |key: &str, english: &str| {
        let word = fold(&tr(lang, key));
        [english, &english[..1], &word, word.get(..word.chars().next().map_or(0, char::len_utf8)).unwrap_or("")]
            .iter()
            .any(|w| !w.is_empty() && *w == answer)
    };
    if matches(msgid!("plain-yes"), "yes") {
        Some(true)
    } else if matches(msgid!("plain-no"), "no") {
        Some(false)
    } else {
        None
    }
}

/// Whether the answer is the consent word itself, typed in full: the waiver is never
/// given by Enter, by a single letter or by a near miss.
pub fn consents(answer: &str, lang: Lang) -> bool {
    let word = fold(&tr(lang, msgid!("plain-consent-word")));
    !word.is_empty() && fold(answer.trim()) == word
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_by_number_default_or_name() {
        let by_code = |code: &str| ["FR", "GB"].iter().position(|c| c.eq_ignore_ascii_case(code));
        assert_eq!(choice("", 2, 1, by_code), Some(1));
        assert_eq!(choice(" 1 ", 2, 1, by_code), Some(0));
        assert_eq!(choice("2", 2, 0, by_code), Some(1));
        assert_eq!(choice("3", 2, 0, by_code), None);
        assert_eq!(choice("0", 2, 0, by_code), None);
        assert_eq!(choice("gb", 2, 0, by_code), Some(1));
        assert_eq!(choice("xx", 2, 0, by_code), None);
        assert_eq!(choice("99999999999999999999999", 2, 0, by_code), None);
        assert_eq!(choice("", 0, 0, by_code), None);
    }

    #[test]
    fn yes_and_no_in_the_language_or_english() {
        assert_eq!(yes_no("", Lang::En, false), Some(false));
        assert_eq!(yes_no("", Lang::En, true), Some(true));
        assert_eq!(yes_no("Y", Lang::En, false), Some(true));
        assert_eq!(yes_no("no", Lang::En, true), Some(false));
        assert_eq!(yes_no("oui", Lang::Fr, false), Some(true));
        assert_eq!(yes_no("o", Lang::Fr, false), Some(true));
        assert_eq!(yes_no("y", Lang::Fr, false), Some(true));
        assert_eq!(yes_no("non", Lang::Fr, true), Some(false));
        assert_eq!(yes_no("Sí", Lang::Es, false), Some(true));
        assert_eq!(yes_no("nao", Lang::Pt, true), Some(false));
        assert_eq!(yes_no("j", Lang::De, false), Some(true));
        assert_eq!(yes_no("maybe", Lang::En, false), None);
    }

    #[test]
    fn consent_is_the_whole_word_and_nothing_else() {
        assert!(consents("yes", Lang::En));
        assert!(consents(" YES ", Lang::En));
        assert!(!consents("y", Lang::En));
        assert!(!consents("", Lang::En));
        assert!(!consents("no", Lang::En));
        assert!(!consents("yes please", Lang::En));
        assert!(consents("oui", Lang::Fr));
        assert!(!consents("yes", Lang::Fr), "the word asked for, in the language the text was shown in");
        assert!(consents("si", Lang::Es) && consents("sí", Lang::Es));
    }
}
