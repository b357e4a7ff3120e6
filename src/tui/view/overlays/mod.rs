//! Windows drawn over the current step: help, a contract's text, confirmations, errors.

mod confirm;
mod contract;
mod error;
mod help;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear};

use super::Ctx;
use crate::app::Overlay;
use crate::app::keymap::Binding;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    match ctx.state.overlay {
        None => {}
        Some(Overlay::Help) => help::render(ctx, frame, area),
        Some(Overlay::Contract { index, scroll }) => contract::render(ctx, frame, area, index, scroll),
        Some(Overlay::ConfirmQuit) => confirm::quit(ctx, frame, area),
        Some(Overlay::ConfirmOrder) => confirm::order(ctx, frame, area),
        Some(Overlay::ConfirmDelete) => confirm::delete(ctx, frame, area),
        Some(Overlay::Error) => error::render(ctx, frame, area),
    }
}

/// Clears a centred window of `width`×`height` (clamped to `area`) and returns its inside.
fn window(ctx: &Ctx, frame: &mut Frame, area: Rect, width: u16, height: u16, title: &str) -> Rect {
    let popup = area.centered(Constraint::Length(width.min(area.width)), Constraint::Length(height.min(area.height)));
    frame.render_widget(Clear, popup);
    let block =
        Block::bordered().border_style(ctx.theme.border).title(Line::styled(format!(" {title} "), ctx.theme.title));
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    inner.inner(ratatui::layout::Margin::new(1, 0))
}

/// `[k] keep the cart and quit   [esc] cancel`, from the keymap.
fn key_line(ctx: &Ctx, bindings: &[Binding]) -> Line<'static> {
    let mut spans = Vec::new();
    for binding in bindings {
        if !spans.is_empty() {
            spans.push(Span::raw("   "));
        }
        spans.push(Span::styled(format!("[{}]", binding.label), ctx.theme.key));
        spans.push(Span::styled(format!(" {}", ctx.t(binding.hint)), ctx.theme.text));
    }
    Line::from(spans)
}
