//! Locale formatting of what the API sends raw: dates, billing periods and amounts.
//! Pure and integer-only; anything unparseable is shown as the API sent it.
//!
//! Dates keep the wall-clock time and offset the API gave (no time-zone conversion):
//!
//! | lang | date and time       | date only     |
//! |------|---------------------|---------------|
//! | en   | `5 Nov 2024, 17:29` | `5 Nov 2024`  |
//! | fr   | `5 nov. 2024 17:29` | `5 nov. 2024` |
//! | es   | `5 nov 2024, 17:29` | `5 nov 2024`  |
//! | it   | `5 nov 2024, 17:29` | `5 nov 2024`  |
//! | pl   | `05.11.2024 17:29`  | `05.11.2024`  |
//! | pt   | `05/11/2024 17:29`  | `05/11/2024`  |
//! | de   | `05.11.2024 17:29`  | `05.11.2024`  |

use super::{Lang, tr, tr_args};

/// A calendar date with an optional `HH:MM`, as read from ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    year: u16,
    month: u8,
    day: u8,
    time: Option<(u8, u8)>,
}

/// `2024-11-05`, `2024-11-05T17:29:13+00:00` or `2024-11-05 17:29` → a [`Stamp`].
fn parse_stamp(iso: &str) -> Option<Stamp> {
    let iso = iso.trim();
    let number = |range: std::ops::Range<usize>| -> Option<u16> {
        let digits = iso.get(range)?;
        digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse().ok())?
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let dashes = iso.get(4..5) == Some("-") && iso.get(7..8) == Some("-");
    if !dashes || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let time = match iso.get(10..11) {
        None => None,
        Some("T" | " ") => {
            let (hour, minute) = (number(11..13)?, number(14..16)?);
            (iso.get(13..14) == Some(":") && hour < 24 && minute < 60).then_some(())?;
            Some((hour as u8, minute as u8))
        }
        Some(_) => return None,
    };
    Some(Stamp { year, month: month as u8, day: day as u8, time })
}

fn month_abbr(lang: Lang, month: u8) -> &'static str {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const FR: [&str; 12] =
        ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    const ES: [&str; 12] = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"];
    const IT: [&str; 12] = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"];
    let names = match lang {
        Lang::Fr => &FR,
        Lang::Es => &ES,
        Lang::It => &IT,
        _ => &EN,
    };
    names[usize::from(month.clamp(1, 12) - 1)]
}

/// An ISO 8601 date or date-time from the API, for reading in `lang` (see the module table).
pub fn date(lang: Lang, iso: &str) -> String {
    let Some(Stamp { year, month, day, time }) = parse_stamp(iso) else {
        return iso.to_owned();
    };
    let date = match lang {
        Lang::En | Lang::Fr | Lang::Es | Lang::It => format!("{day} {} {year}", month_abbr(lang, month)),
        Lang::Pl | Lang::De => format!("{day:02}.{month:02}.{year}"),
        Lang::Pt => format!("{day:02}/{month:02}/{year}"),
    };
    match time {
        None => date,
        Some((hour, minute)) => {
            let comma = if matches!(lang, Lang::En | Lang::Es | Lang::It) { "," } else { "" };
            format!("{date}{comma} {hour:02}:{minute:02}")
        }
    }
}

/// How often a price is billed, from its ISO 8601 duration: `P1M` → "per month",
/// `P3M` → "every 3 months", `P0D` → "once"; other forms are named as sent.
pub fn period(lang: Lang, iso: &str) -> String {
    let Some(body) = iso.trim().strip_prefix('P') else {
        return if iso.trim().is_empty() { tr(lang, msgid!("duration-once")) } else { other_period(lang, iso) };
    };
    let Some(unit) = body.chars().last() else { return other_period(lang, iso) };
    let count = &body[..body.len() - unit.len_utf8()];
    let Ok(n) = count.parse::<u32>() else { return other_period(lang, iso) };
    let key = match unit {
        _ if n == 0 => return tr(lang, msgid!("duration-once")),
        'D' => msgid!("duration-days"),
        'W' => msgid!("duration-weeks"),
        'M' => msgid!("duration-months"),
        'Y' => msgid!("duration-years"),
        _ => return other_period(lang, iso),
    };
    tr_args(lang, key, &[("count", &n.to_string())])
}

fn other_period(lang: Lang, iso: &str) -> String {
    tr_args(lang, msgid!("duration-other"), &[("iso", iso)])
}

/// The amount to show: the API's own `text` when it has one, else `ucents` formatted.
pub fn money_or_text(lang: Lang, text: &str, ucents: Option<i64>, currency: &str) -> String {
    match ucents {
        Some(ucents) if text.trim().is_empty() => money(lang, ucents, currency),
        _ => text.to_owned(),
    }
}

/// An amount in micro-cents (10⁻⁸ of the currency unit, the API's `priceInUcents`), rounded
/// half away from zero to the currency's minor unit: `1 234,56 €` (fr), `€1,234.56` (en).
pub fn money(lang: Lang, ucents: i64, currency: &str) -> String {
    let digits = minor_digits(currency);
    let step = 10_u128.pow(8 - digits);
    let minor = (u128::from(ucents.unsigned_abs()) + step / 2) / step;
    let scale = 10_u128.pow(digits);
    let (units, fraction) = (minor / scale, minor % scale);
    let (group, decimal) = match lang {
        Lang::En => (",", "."),
        Lang::Fr | Lang::Pl | Lang::Pt => ("\u{a0}", ","),
        Lang::Es | Lang::It | Lang::De => (".", ","),
    };
    let mut number = grouped(units, group);
    if digits > 0 {
        number = format!("{number}{decimal}{fraction:0width$}", width = digits as usize);
    }
    let sign = if ucents < 0 && minor > 0 { "-" } else { "" };
    let symbol = symbol(currency);
    match lang {
        Lang::En if symbol.chars().count() == 1 => format!("{sign}{symbol}{number}"),
        Lang::En => format!("{sign}{symbol}\u{a0}{number}"),
        _ => format!("{sign}{number}\u{a0}{symbol}"),
    }
}

/// Digits after the decimal point in the currency's usual notation (ISO 4217).
fn minor_digits(currency: &str) -> u32 {
    match currency {
        "XOF" | "XAF" | "JPY" | "KRW" => 0,
        "TND" | "KWD" | "BHD" => 3,
        _ => 2,
    }
}

fn symbol(currency: &str) -> &str {
    match currency {
        "EUR" => "€",
        "GBP" => "£",
        "USD" | "CAD" | "AUD" | "SGD" => "$",
        "PLN" => "zł",
        "CZK" => "Kč",
        "INR" => "₹",
        other => other,
    }
}

/// `1234567` → `1,234,567` with `separator` between groups of three.
fn grouped(value: u128, separator: &str) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
#[path = "format_tests.rs"]
mod tests;
