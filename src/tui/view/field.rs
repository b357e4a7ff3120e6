//! The top of the steps that ask for text (name, voucher): an intro, the field's label, and
//! the field in a box so its extent is visible without colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Block;

use super::widgets::text_input::text_input;
use super::{Ctx, draw, text};
use crate::app::TextField;

/// Draws intro, label and field at the top of `area`; returns what is left below the field.
pub(super) fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, intro: &str, label: &str, field: &TextField) -> Rect {
    let theme = &ctx.theme;
    let mut lines: Vec<Line> =
        text::wrap(intro, usize::from(area.width)).into_iter().map(|l| Line::styled(l, theme.text)).collect();
    lines.push(Line::default());
    lines.push(Line::styled(label.to_owned(), theme.dim));
    let intro_height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    draw::plain(frame, area, lines);

    let field_area = Rect { y: area.y.saturating_add(intro_height), height: 3, ..area }.intersection(area);
    let block = Block::bordered().border_style(theme.border);
    let inner = block.inner(field_area);
    frame.render_widget(block, field_area);
    frame.render_widget(text_input(theme, field, true, usize::from(inner.width)), inner);
    Rect { y: field_area.bottom(), ..area }.intersection(area)
}
