//! Two lines: what is going on (spinner while busy), then the keys that work now, taken
//! from the keymap that interprets them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, draw, text};
use unicode_width::UnicodeWidthStr;

use crate::app::Notice;
use crate::app::keymap::{self, Action, Binding};

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let status = match ctx.state.busy() {
        Some(key) => {
            let mut spans = vec![
                Span::styled(format!(" {} ", text::spinner(ctx.state.spinner)), theme.key),
                Span::styled(ctx.t(key), theme.dim),
            ];
            if let Some(attempt) = ctx.state.retrying {
                let retrying = ctx.ta(msgid!("busy-retrying"), &[("attempt", &attempt.to_string())]);
                spans.push(Span::styled(format!(" · {retrying}"), theme.warning));
            }
            Line::from(spans)
        }
        None => match &ctx.state.notice {
            Some(notice) => notice_line(ctx, notice),
            None => Line::default(),
        },
    };
    // Most wanted first (`keymap::footer`): too narrow for all, the last ones go, but never
    // Enter, Esc or the language key.
    let mut bindings = keymap::footer(ctx.state);
    // A space, then `label hint` for each, ` · ` between them.
    let width = |bindings: &[&Binding]| -> usize {
        let hints: usize = bindings.iter().map(|b| b.label.width() + 1 + ctx.t(b.hint_for(ctx.state)).width()).sum();
        1 + hints + 3 * bindings.len().saturating_sub(1)
    };
    while width(&bindings) > usize::from(area.width) {
        let Some(index) = bindings.iter().rposition(|b| b.action.footer_rank() > ESSENTIAL) else {
            break;
        };
        bindings.remove(index);
    }
    let mut hints = vec![Span::raw(" ")];
    for (index, binding) in bindings.into_iter().enumerate() {
        if index > 0 {
            hints.push(Span::styled(" · ", theme.dim));
        }
        hints.push(Span::styled(binding.label, theme.key));
        hints.push(Span::styled(format!(" {}", ctx.t(binding.hint_for(ctx.state))), theme.dim));
    }
    draw::plain(frame, area, vec![status, Line::from(hints)]);
}

/// The footer's bindings that stay however narrow it is (Enter, Esc, the language key).
const ESSENTIAL: u8 = Action::SwitchLanguage.footer_rank();

/// What the status line says about the address just opened or copied.
fn notice_line(ctx: &Ctx, notice: &Notice) -> Line<'static> {
    let theme = &ctx.theme;
    let (text, style) = match notice {
        Notice::Opening => (ctx.t(msgid!("notice-opening")), theme.dim),
        Notice::Opened { program } => (ctx.ta(msgid!("notice-opened"), &[("program", program)]), theme.success),
        Notice::NotOpened { why } => {
            let copy = keymap::bindings(keymap::context(ctx.state)).iter().find(|b| b.action == Action::CopyUrl);
            let copy = copy.map_or("y", |binding| binding.label);
            (ctx.ta(msgid!("notice-not-opened"), &[("why", why), ("copy", copy)]), theme.warning)
        }
        Notice::Copied => (ctx.t(msgid!("notice-copied")), theme.success),
    };
    Line::styled(format!(" {text}"), style)
}
