//! `?`: every key of the screen underneath, from the same table that binds them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, window};
use crate::app::keymap::{self, Context};
use crate::tui::view::draw;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let screen = keymap::screen_context(ctx.state);
    let mut lines = Vec::new();
    for binding in keymap::bindings(screen) {
        lines.push(Line::from(vec![
            Span::styled(format!("{:<14}", binding.label), theme.key),
            Span::styled(ctx.t(binding.hint), theme.text),
        ]));
    }
    if screen.has_text_field() {
        lines.push(Line::default());
        let editing = if screen == Context::Name { msgid!("help-editing-name") } else { msgid!("help-editing") };
        lines.push(Line::styled(ctx.t(editing), theme.dim));
    }
    lines.push(Line::default());
    lines.push(Line::styled(ctx.t(msgid!("help-close")), theme.dim));
    let height = u16::try_from(lines.len() + 4).unwrap_or(u16::MAX);
    let inner = window(ctx, frame, area, 64, height, &ctx.t(msgid!("help-title")));
    draw::wrapped(frame, inner, lines);
}
