//! The checkout failed: the server's words, its query id, and whether ordering again is safe.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Ctx, key_line, window};
use crate::app::OrderState;
use crate::app::{keymap, labels};
use crate::tui::view::draw;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let OrderState::Failed(failure) = &ctx.state.order else { return };
    let width = 70.min(area.width);
    let text_width = usize::from(width.saturating_sub(4));
    let mut lines =
        crate::tui::view::text::error_lines(ctx, &ctx.t(msgid!("failed-checkout")), &failure.error, false, text_width);
    lines.push(Line::default());
    let advice = if failure.retryable { msgid!("order-not-placed") } else { labels::maybe_placed(ctx.state.sandboxed) };
    for line in crate::tui::view::text::wrap(&ctx.t(advice), text_width) {
        lines.push(Line::styled(line, ctx.theme.warning));
    }
    lines.push(Line::default());
    lines.push(key_line(ctx, &keymap::footer(ctx.state).into_iter().copied().collect::<Vec<_>>()));
    let height = u16::try_from(lines.len() + 2).unwrap_or(u16::MAX);
    let inner = window(ctx, frame, area, width, height, &ctx.t(msgid!("error-title")));
    draw::wrapped(frame, inner, lines);
}
