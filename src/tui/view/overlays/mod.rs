//! Windows drawn over the current step: help, a contract's text, confirmations, errors.

mod confirm;
mod contract;
mod error;
mod help;

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

use super::Ctx;
use crate::app::keymap::Binding;
use crate::app::{Overlay, Viewport};

/// Draws the window open over the screen, if any; what it shows when it scrolls.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    match ctx.state.overlay {
        None => return None,
        Some(Overlay::Help) => return help::render(ctx, frame, area),
        Some(Overlay::Contract { index, scroll }) => return contract::render(ctx, frame, area, index, scroll),
        Some(Overlay::ConfirmQuit) => confirm::quit(ctx, frame, area),
        Some(Overlay::ConfirmOrder) => confirm::order(ctx, frame, area),
        Some(Overlay::ConfirmDelete) => confirm::delete(ctx, frame, area),
        Some(Overlay::Error) => error::render(ctx, frame, area),
    }
    None
}

/// Whether the window open over the screen hides all of `content`: what is drawn there
/// would be cleared, so it need not be drawn (the contract's window covers the step).
pub fn hides(ctx: &Ctx, area: Rect, content: Rect) -> bool {
    let popup = match ctx.state.overlay {
        Some(Overlay::Contract { index, .. }) => contract::popup(ctx, area, index),
        _ => None,
    };
    popup.is_some_and(|p| p.union(content) == p)
}

/// A centred window of `width`×`height`, clamped to `area`.
fn popup(area: Rect, width: u16, height: u16) -> Rect {
    area.centered(Constraint::Length(width.min(area.width)), Constraint::Length(height.min(area.height)))
}

/// Clears a centred window of `width`×`height` (clamped to `area`) and returns its inside.
fn window(ctx: &Ctx, frame: &mut Frame, area: Rect, width: u16, height: u16, title: &str) -> Rect {
    let popup = popup(area, width, height);
    super::widgets::clear(frame.buffer_mut(), popup);
    let inner = Block::bordered().inner(popup);
    let title = Line::styled(format!(" {title} "), ctx.theme.title);
    super::widgets::bordered(frame.buffer_mut(), popup, ctx.theme.border, title);
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
        spans.push(Span::styled(format!(" {}", ctx.t(binding.hint_for(ctx.state))), ctx.theme.text));
    }
    Line::from(spans)
}
