//! `> [x] label`: ticked or not is written, focus is marked with `>` and the focus style.

use ratatui::text::{Line, Span};

use crate::tui::theme::Theme;

pub fn checkbox(theme: &Theme, checked: bool, focused: bool, label: &str) -> Line<'static> {
    let marker = if focused { "> " } else { "  " };
    let box_text = if checked { "[x]" } else { "[ ]" };
    let style = if focused { theme.focus } else { theme.text };
    Line::from(vec![Span::styled(marker, theme.key), Span::styled(format!("{box_text} {label}"), style)])
}

/// The box as `checkbox` draws it, its label wrapped to `width` under itself (six columns
/// in): what a box says is never cut.
pub fn checkbox_lines(theme: &Theme, checked: bool, focused: bool, label: &str, width: usize) -> Vec<Line<'static>> {
    let parts = crate::tui::view::text::wrap(label, width.saturating_sub(6));
    let style = if focused { theme.focus } else { theme.text };
    let mut lines = vec![checkbox(theme, checked, focused, parts.first().map_or("", String::as_str))];
    lines.extend(parts.iter().skip(1).map(|part| Line::styled(format!("      {part}"), style)));
    lines
}
