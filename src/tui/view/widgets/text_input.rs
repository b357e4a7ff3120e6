//! A one-line text field that scrolls sideways to keep the cursor in view, measuring wide
//! characters by their display width.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use crate::app::TextField;
use crate::tui::theme::Theme;

/// The field as a line `width` columns wide, the cursor cell drawn with `theme.cursor`.
pub fn text_input(theme: &Theme, field: &TextField, focused: bool, width: usize) -> Line<'static> {
    let chars: Vec<char> = field.value().chars().collect();
    let cursor = field.cursor().min(chars.len());
    let w = |c: &char| c.width().unwrap_or(0);
    let width = width.max(1);
    // Scroll so that everything up to the cursor, plus the cursor cell, fits. The width
    // before the cursor is kept as a running sum (a long value would make this quadratic).
    let mut start = 0;
    let mut used: usize = chars[..cursor].iter().map(w).sum();
    while start < cursor && used + 1 > width {
        used -= w(&chars[start]);
        start += 1;
    }
    let before: String = chars[start..cursor].iter().collect();
    let at = chars.get(cursor).copied();
    let at_text = at.map_or(" ".to_owned(), |c| c.to_string());
    used += at.map_or(1, |c| w(&c).max(1));
    let mut after = String::new();
    for c in chars.iter().skip(cursor + 1) {
        if used + w(c) > width {
            break;
        }
        used += w(c);
        after.push(*c);
    }
    let cursor_style = if focused { theme.cursor } else { theme.text };
    Line::from(vec![
        Span::styled(before, theme.text),
        Span::styled(at_text, cursor_style),
        Span::styled(after, theme.text),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Key;

    fn shown(value: &str, lefts: usize, width: usize) -> String {
        let mut field = TextField::with_value(value);
        for _ in 0..lefts {
            field.edit(Key::Left);
        }
        text_input(&Theme::no_color(), &field, true, width).spans.iter().map(|s| s.content.to_string()).collect()
    }

    #[test]
    fn keeps_the_cursor_in_view() {
        assert_eq!(shown("hello", 0, 10), "hello ");
        assert_eq!(shown("hello world", 0, 6), "world ");
        assert_eq!(shown("hello world", 11, 6), "hello ");
        assert_eq!(shown("日本語日本語", 0, 5), "本語 ");
        assert_eq!(shown("", 0, 1), " ");
    }
}
