//! Two lines: what is going on (spinner while busy), then the keys that work now, taken
//! from the keymap that interprets them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, draw, text};
use unicode_width::UnicodeWidthStr;

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
        None => Line::default(),
    };
    let mut bindings = keymap::footer(ctx.state);
    // Too narrow for all: drop from the end, but help and quit always stay.
    let width = |bindings: &[&Binding]| -> usize {
        bindings.iter().map(|b| b.label.width() + 1 + ctx.t(b.hint).width() + 3).sum::<usize>() + 1
    };
    while width(&bindings) > usize::from(area.width) {
        let Some(index) = bindings.iter().rposition(|b| !matches!(b.action, Action::Help | Action::Quit)) else {
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
        hints.push(Span::styled(format!(" {}", ctx.t(binding.hint)), theme.dim));
    }
    draw::plain(frame, area, vec![status, Line::from(hints)]);
}
