use super::*;

const STAMP: &str = "2024-11-05T17:29:13+00:00";

#[test]
fn dates_per_language() {
    let expected = [
        (Lang::En, "5 Nov 2024, 17:29"),
        (Lang::Fr, "5 nov. 2024 17:29"),
        (Lang::Es, "5 nov 2024, 17:29"),
        (Lang::It, "5 nov 2024, 17:29"),
        (Lang::Pl, "05.11.2024 17:29"),
        (Lang::Pt, "05/11/2024 17:29"),
        (Lang::De, "05.11.2024 17:29"),
    ];
    for (lang, text) in expected {
        assert_eq!(date(lang, STAMP), text, "{}", lang.code());
    }
    assert_eq!(date(Lang::Fr, "2028-06-30"), "30 juin 2028");
    assert_eq!(date(Lang::De, "2028-06-30"), "30.06.2028");
    assert_eq!(date(Lang::En, "2026-01-02 08:05"), "2 Jan 2026, 08:05");
}

#[test]
fn unreadable_dates_are_shown_as_sent() {
    for raw in ["", "yesterday", "2024-13-01", "2024-11-05X", "2024/11/05", "2024-11-05T25:00", "２０２４-11-05"] {
        assert_eq!(date(Lang::Fr, raw), raw);
    }
}

#[test]
fn periods_from_the_catalogue() {
    assert_eq!(period(Lang::En, "P1M"), "per month");
    assert_eq!(period(Lang::En, "P1Y"), "per year");
    assert_eq!(period(Lang::En, "P3M"), "every 3 months");
    assert_eq!(period(Lang::En, "P0D"), "once");
    assert_eq!(period(Lang::En, ""), "once");
    assert_eq!(period(Lang::En, "PT1H"), "every PT1H");
    assert_eq!(period(Lang::Fr, "P1M"), "par mois");
    assert_eq!(period(Lang::Fr, "P2W"), "toutes les 2 semaines");
    assert_eq!(period(Lang::De, "P12M"), "alle 12 Monate");
    assert_eq!(period(Lang::Pl, "P1M"), "miesięcznie");
    assert_eq!(period(Lang::Pl, "P3M"), "co 3 miesiące");
    assert_eq!(period(Lang::Pl, "P6M"), "co 6 miesięcy");
    assert_eq!(period(Lang::Pl, "P2Y"), "co 2 lata");
    for lang in Lang::ALL {
        for iso in ["P1D", "P2D", "P1W", "P5W", "P1M", "P5M", "P1Y", "P5Y", "P0D", "P1X"] {
            let text = period(lang, iso);
            assert!(!text.contains("duration-") && !text.is_empty(), "{}: {iso} → {text}", lang.code());
        }
    }
}

#[test]
fn money_per_language() {
    let ucents = 123_456_789_000; // 1234.56789
    assert_eq!(money(Lang::En, ucents, "EUR"), "€1,234.57");
    assert_eq!(money(Lang::Fr, ucents, "EUR"), "1\u{a0}234,57\u{a0}€");
    assert_eq!(money(Lang::De, ucents, "EUR"), "1.234,57\u{a0}€");
    assert_eq!(money(Lang::Es, ucents, "EUR"), "1.234,57\u{a0}€");
    assert_eq!(money(Lang::Pl, ucents, "PLN"), "1\u{a0}234,57\u{a0}zł");
    assert_eq!(money(Lang::En, ucents, "GBP"), "£1,234.57");
    assert_eq!(money(Lang::En, ucents, "XOF"), "XOF\u{a0}1,235");
    assert_eq!(money(Lang::Fr, ucents, "XOF"), "1\u{a0}235\u{a0}XOF");
    assert_eq!(money(Lang::En, ucents, "TND"), "TND\u{a0}1,234.568");
}

#[test]
fn money_rounds_half_away_from_zero_without_floats() {
    assert_eq!(money(Lang::En, 0, "EUR"), "€0.00");
    assert_eq!(money(Lang::En, 500_000, "EUR"), "€0.01"); // half a cent
    assert_eq!(money(Lang::En, 499_999, "EUR"), "€0.00");
    assert_eq!(money(Lang::En, -5_000_000_000, "EUR"), "-€50.00");
    assert_eq!(money(Lang::Fr, -5_000_000_000, "EUR"), "-50,00\u{a0}€");
    assert_eq!(money(Lang::En, -1, "EUR"), "€0.00"); // no "-0.00"
    assert_eq!(money(Lang::En, 100_000_000_000_000_000, "EUR"), "€1,000,000,000.00");
    assert!(money(Lang::En, i64::MIN, "EUR").starts_with("-€92,233,720,368."));
}

#[test]
fn the_api_text_is_preferred() {
    assert_eq!(money_or_text(Lang::Fr, "0.00 €", Some(0), "EUR"), "0.00 €");
    assert_eq!(money_or_text(Lang::Fr, "", Some(5_000_000_000), "EUR"), "50,00\u{a0}€");
    assert_eq!(money_or_text(Lang::Fr, "", None, "EUR"), "");
}
