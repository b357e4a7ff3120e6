//! `?`: every key that works on the screen underneath, each with all its keys, from the
//! same table that binds them. It scrolls when the terminal is too low for all of it.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, window};
use crate::app::keymap::{self, Binding, Context};
use crate::app::{Key, ScrollView, Viewport};
use crate::tui::view::scrolled::{self, More};
use crate::tui::view::{draw, text};

/// The help's window is at most this wide.
const WIDTH: u16 = 72;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    let theme = &ctx.theme;
    let screen = keymap::screen_context(ctx.state);
    let width = WIDTH.min(area.width);
    // The window's inside: borders and a column of margin on each side.
    let inside = usize::from(width.saturating_sub(4));
    let bindings = keymap::bindings(screen);
    let names: Vec<String> = bindings.iter().map(|binding| keys(ctx, binding)).collect();
    let column = names.iter().map(|n| text::width_of(n)).max().unwrap_or(0).min(inside / 2) + 2;
    let mut lines = Vec::new();
    for (binding, name) in bindings.iter().zip(&names) {
        let hint = text::wrap(&ctx.t(binding.hint_for(ctx.state)), inside.saturating_sub(column));
        for (index, hint) in hint.into_iter().enumerate() {
            let keys = if index == 0 { draw::ellipsize(name, column - 1).into_owned() } else { String::new() };
            let pad = column.saturating_sub(text::width_of(&keys));
            lines.push(Line::from(vec![
                Span::styled(format!("{keys}{}", " ".repeat(pad)), theme.key),
                Span::styled(hint, theme.text),
            ]));
        }
    }
    if screen.has_text_field() {
        lines.push(Line::default());
        let editing = match screen {
            Context::Name => msgid!("help-editing-name"),
            Context::Subsidiary => msgid!("help-editing-filter"),
            _ => msgid!("help-editing"),
        };
        lines.extend(text::wrap(&ctx.t(editing), inside).into_iter().map(|l| Line::styled(l, theme.dim)));
    }
    lines.push(Line::default());
    lines.extend(text::wrap(&ctx.t(msgid!("help-close")), inside).into_iter().map(|l| Line::styled(l, theme.dim)));
    // The footer's keys stay in sight under it (those that scroll it, and close it).
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX).min(area.height.saturating_sub(2));
    let inner = window(ctx, frame, area, width, height, &ctx.t(msgid!("help-title")));
    let rows = usize::from(inner.height);
    let last_top = lines.len().saturating_sub(rows);
    let top = ctx.state.help_scroll.min(last_top);
    draw::scrolled(frame, inner, lines, top);
    scrolled::border_marks(frame.buffer_mut(), inner, top > 0, top < last_top, &More::new(ctx));
    Some(Viewport { view: ScrollView::Help, top, rows, last_top, shows_focus: true })
}

/// Every key of `binding`, as the help names them (`↑, k, wheel ↑`).
fn keys(ctx: &Ctx, binding: &Binding) -> String {
    let name = |key: &Key| match key {
        Key::WheelUp => ctx.t(msgid!("key-wheel-up")),
        Key::WheelDown => ctx.t(msgid!("key-wheel-down")),
        key => key.name().into_owned(),
    };
    binding.keys.iter().map(name).collect::<Vec<_>>().join(", ")
}
