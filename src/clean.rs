//! Text from outside (the API's messages and fields, URLs a server made, carts other tools
//! made, file contents shown back) made safe to show on a terminal.
//!
//! A terminal obeys the control characters it is sent: `ESC ] 52` writes the clipboard,
//! `ESC [ 2 J` clears the screen, `ESC ] 0` sets the window title, a right-to-left override
//! makes `1.00 €` read as something else. So, before any such text reaches a terminal:
//!
//! - an escape sequence (CSI `ESC [ … final`, the strings OSC/DCS/SOS/PM/APC up to their
//!   terminator, and the short `ESC x` forms), and its 8-bit C1 twin, becomes one `�`;
//! - any other C0 or C1 control, DEL, and the bidirectional overrides and isolates
//!   (U+202A–U+202E, U+2066–U+2069) become `�`, but for the line breaks the layout allows
//!   (`\n`, and `\r\n` as `\n`, in [`text`]; none in [`line`]) and a tab, which becomes a space.
//!
//! `--json` output is not cleaned: JSON escapes every control character itself, and a
//! script gets the exact value. Everything here allocates only for text that needs it.

use std::borrow::Cow;

/// What replaces a control character or an escape sequence: visible, one column wide.
pub const PLACEHOLDER: char = '\u{FFFD}';

/// `text` for a terminal, keeping its line breaks.
pub fn text(text: &str) -> Cow<'_, str> {
    cleaned(text, true)
}

/// `text` for one line of a terminal: its line breaks become spaces too.
pub fn line(text: &str) -> Cow<'_, str> {
    cleaned(text, false)
}

/// Whether `text` would come out of [`text`] unchanged (line breaks allowed), without
/// looking at more than its bytes: printable ASCII and ordinary UTF-8 pass at once.
pub fn is_clean(text: &str) -> bool {
    first_unsafe(text.as_bytes(), true).is_none()
}

/// Whether `text` would come out of [`line`] unchanged: as [`is_clean`], line breaks included.
#[inline]
pub fn is_clean_line(text: &str) -> bool {
    match text.as_bytes() {
        // Most cells of a frame: one printable ASCII character.
        [b] => (0x20..0x7f).contains(b),
        bytes => first_unsafe(bytes, false).is_none(),
    }
}

/// Where the first byte that needs cleaning starts, if any.
fn first_unsafe(bytes: &[u8], keep_breaks: bool) -> Option<usize> {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' if keep_breaks => {}
            0x00..=0x1f | 0x7f => return Some(i),
            // U+0080–U+009F: C2 80 … C2 9F.
            0xc2 if matches!(bytes.get(i + 1), Some(0x80..=0x9f)) => return Some(i),
            // U+202A–U+202E: E2 80 AA … E2 80 AE; U+2066–U+2069: E2 81 A6 … E2 81 A9.
            0xe2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
                (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9)) => return Some(i),
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    None
}

/// A character a terminal may obey rather than show: a C0 or C1 control, DEL, or a
/// bidirectional override or isolate.
pub fn obeyed(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn cleaned(text: &str, keep_breaks: bool) -> Cow<'_, str> {
    let Some(start) = first_unsafe(text.as_bytes(), keep_breaks) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    let mut chars = text[start..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' if keep_breaks => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\t' => out.push(' '),
            '\u{1b}' => {
                skip_escape(&mut chars);
                out.push(PLACEHOLDER);
            }
            // The C1 forms of CSI and of the string introducers.
            '\u{9b}' => {
                skip_csi(&mut chars);
                out.push(PLACEHOLDER);
            }
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => {
                skip_string(&mut chars);
                out.push(PLACEHOLDER);
            }
            c if obeyed(c) => out.push(PLACEHOLDER),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// What follows an ESC: the rest of its sequence.
fn skip_escape(chars: &mut Chars) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // `ESC` intermediates… final (e.g. `ESC ( B`, `ESC # 8`), or `ESC` final (`ESC c`).
        Some(' '..='/') => {
            while chars.next_if(|c| matches!(c, ' '..='/')).is_some() {}
            chars.next_if(|c| matches!(c, '0'..='~'));
        }
        Some('0'..='~') => {
            chars.next();
        }
        _ => {}
    }
}

/// A control sequence after its introducer: parameters and intermediates, then one final
/// byte. Anything else ends it early (and is cleaned on its own).
fn skip_csi(chars: &mut Chars) {
    while chars.next_if(|c| matches!(c, '0'..='?' | ' '..='/')).is_some() {}
    chars.next_if(|c| matches!(c, '@'..='~'));
}

/// A string (OSC, DCS, SOS, PM, APC) up to its terminator: BEL, `ESC \` or ST (U+009C).
/// An unterminated one ends at a line break, which is kept.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                chars.next_if_eq(&'\\');
                return;
            }
            '\n' => return,
            _ => {
                chars.next();
            }
        }
    }
}

/// A JSON document with the C1 controls and bidirectional overrides its strings hold
/// written as `\uXXXX` escapes, as JSON writes C0 controls: the same values for whoever
/// parses it, nothing a terminal obeys for whoever reads it. (Those characters are never
/// part of JSON's syntax, so every one of them is inside a string.)
pub fn json_escaped(json: String) -> String {
    if !json.contains(|c: char| ('\u{80}'..='\u{9f}').contains(&c) || is_bidi_control(c)) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if ('\u{80}'..='\u{9f}').contains(&c) || is_bidi_control(c) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        for s in ["", "Projet été", "1 234,56 €", "a\nb", "日本 ✓ 👍 e\u{301}", "\u{a0}\u{2010}\u{2065}x"] {
            assert!(matches!(text(s), Cow::Borrowed(_)), "{s:?}");
            assert!(is_clean(s));
        }
        assert!(matches!(line("a b"), Cow::Borrowed(_)));
        assert!(is_clean_line("a") && is_clean_line("é") && is_clean_line("ab") && is_clean_line(" "));
        for unsafe_text in ["\n", "\u{1b}", "\u{7f}", "a\n", "\u{9b}", "\u{202e}", "x\u{2069}"] {
            assert!(!is_clean_line(unsafe_text), "{unsafe_text:?}");
        }
        assert_eq!(line("a\nb"), "a b");
    }

    #[test]
    fn the_issue_s_sequences_are_removed() {
        let hostile = "Cart refused\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}\u{1b}[2J\u{1b}]0;pwned\u{7} now";
        assert_eq!(text(hostile), "Cart refused��� now");
        assert_eq!(text("a\u{1b}[31mred\u{1b}[0m"), "a�red�");
        assert_eq!(text("title\u{1b}]2;x\u{1b}\\end"), "title�end");
        assert_eq!(text("\u{1b}(Bx\u{1b}cy\u{1b}"), "�x�y�");
        assert_eq!(text("8-bit \u{9b}2J and \u{9d}0;t\u{9c}."), "8-bit � and �.");
        assert_eq!(text("unterminated \u{1b}]0;title\nnext"), "unterminated �\nnext");
    }

    #[test]
    fn controls_and_bidi_become_placeholders() {
        assert_eq!(text("a\u{0}b\u{7}c\u{8}d\u{7f}e\u{85}f"), "a�b�c�d�e�f");
        assert_eq!(text("price \u{202e}00.1\u{202c} \u{2066}x\u{2069}"), "price �00.1� �x�");
        assert_eq!(text("a\r\nb\rc\td"), "a\nb�c d");
        assert_eq!(line("a\r\nb\nc\rd"), "a b c�d");
    }

    #[test]
    fn json_keeps_the_value_and_escapes_what_a_terminal_obeys() {
        let value = serde_json::json!({ "m": "a\u{1b}[2J\u{9b}1m\u{202e}b", "plain": "été" });
        let text = json_escaped(serde_json::to_string(&value).unwrap());
        assert!(text.chars().all(|c| !obeyed(c)), "{text}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), value);
        assert!(text.contains("\\u009b") && text.contains("\\u202e") && text.contains("été"), "{text}");
    }

    proptest! {
        /// Whatever comes in, nothing a terminal obeys comes out, and clean text is kept.
        #[test]
        fn nothing_a_terminal_obeys_survives(s in "(\\PC|[\u{0}-\u{1f}\u{7f}-\u{9f}\u{202a}-\u{202e}\u{2066}-\u{2069}])*") {
            let out = text(&s);
            prop_assert!(out.chars().all(|c| c == '\n' || !(c.is_control() || is_bidi_control(c))), "{:?}", out);
            prop_assert!(is_clean(&out));
            prop_assert_eq!(text(&out), out.clone());
            let one = line(&s);
            prop_assert!(!one.contains('\n'));
            if is_clean(&s) && !s.contains('\n') {
                prop_assert_eq!(one, s.as_str());
            }
        }
    }
}
