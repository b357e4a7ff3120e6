//! A contract of the quote: its name, address and text, scrolled line by line.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;

use super::{Ctx, window};
use crate::tui::view::draw;
use crate::tui::view::text;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, index: usize, scroll: u16) {
    let theme = &ctx.theme;
    let Some(contract) = ctx.state.quote().and_then(|q| q.contracts.get(index)) else { return };
    let (width, height) = size(area);
    let inner = window(ctx, frame, area, width, height, &contract.name);
    let [url, body, position] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(inner);
    draw::wrapped(frame, url, vec![Line::styled(contract.url.clone(), theme.link)]);
    // `scroll` counts the contract's own lines, so the position below matches the text.
    // Only the rows that show are wrapped: a contract can be long.
    let placeholder = ctx.t(msgid!("contract-empty"));
    let (text, skip) = if contract.content.trim().is_empty() {
        (placeholder.as_str(), 0)
    } else {
        (contract.content.as_str(), usize::from(scroll))
    };
    let rows = text.lines().skip(skip).flat_map(|line| text::wrap(line, usize::from(body.width)));
    let buf = frame.buffer_mut();
    draw::fill_style(buf, body, theme.text);
    for (row, y) in rows.zip(body.top()..body.bottom()) {
        draw::put(buf, body.x, y, &row, body.width, Style::default());
    }
    let total = contract.content.lines().count().max(1);
    let line = (usize::from(scroll) + 1).min(total);
    let text = ctx.ta(msgid!("contract-position"), &[("line", &line.to_string()), ("total", &total.to_string())]);
    frame.render_widget(Line::styled(text, theme.dim).right_aligned(), position);
}

/// The window's size: all of `area` but a margin of two columns and one row.
fn size(area: Rect) -> (u16, u16) {
    (area.width.saturating_sub(4), area.height.saturating_sub(2))
}

/// Where the window of contract `index` goes, if there is one to show.
pub fn popup(ctx: &Ctx, area: Rect, index: usize) -> Option<Rect> {
    ctx.state.quote().and_then(|q| q.contracts.get(index))?;
    let (width, height) = size(area);
    Some(super::popup(area, width, height))
}
