//! `> [x] label`: ticked or not is written, focus is marked with `>` and the focus style.

use ratatui::text::{Line, Span};

use crate::tui::theme::Theme;

pub fn checkbox(theme: &Theme, checked: bool, focused: bool, label: &str) -> Line<'static> {
    let marker = if focused { "> " } else { "  " };
    let box_text = if checked { "[x]" } else { "[ ]" };
    let style = if focused { theme.focus } else { theme.text };
    Line::from(vec![Span::styled(marker, theme.key), Span::styled(format!("{box_text} {label}"), style)])
}
