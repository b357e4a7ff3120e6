//! A contract of the quote: its name, its address on a line of its own, and its text,
//! scrolled by the contract's own lines; the window's borders say when more is above or
//! below, and the bottom line where the text is.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;

use super::{Ctx, window};
use crate::app::{ScrollView, Viewport};
use crate::tui::view::scrolled::{self, More};
use crate::tui::view::{draw, text, url};

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, index: usize, scroll: u16) -> Option<Viewport> {
    let theme = &ctx.theme;
    let contract = ctx.state.quote().and_then(|q| q.contracts.get(index))?;
    let (width, height) = size(area);
    let inner = window(ctx, frame, area, width, height, &contract.name);
    let url_rows = url::rows(&contract.url, inner.width, 0, ctx.screen.width);
    let url_height = u16::try_from(url_rows + 1).unwrap_or(u16::MAX);
    let [url_area, body, position] =
        Layout::vertical([Constraint::Length(url_height), Constraint::Min(0), Constraint::Length(1)]).areas(inner);
    let mut placed = Vec::new();
    url::push(&mut Vec::new(), &mut placed, &contract.url, 0, inner.width, ctx.screen.width);
    url::draw(frame.buffer_mut(), url_area, 0, &placed, theme.link);
    // `scroll` counts the contract's own lines, so the position below matches the text.
    // Only the rows that show are wrapped: a contract can be long.
    let placeholder = ctx.t(msgid!("contract-empty"));
    let content = if contract.content.trim().is_empty() { placeholder.as_str() } else { contract.content.as_str() };
    let lines: Vec<&str> = content.lines().collect();
    let rows_of = |line: &str| text::wrap(line, usize::from(body.width)).len();
    // The furthest first line that still fills the window: the last page's.
    let mut last_top = lines.len();
    let mut rows = 0;
    while last_top > 0 && rows + rows_of(lines[last_top - 1]) <= usize::from(body.height) {
        last_top -= 1;
        rows += rows_of(lines[last_top]);
    }
    let last_top = last_top.min(lines.len().saturating_sub(1));
    let top = usize::from(scroll).min(last_top);
    let buf = frame.buffer_mut();
    draw::fill_style(buf, body, theme.text);
    let mut y = body.top();
    let mut shown = 0;
    for line in &lines[top..] {
        let rows = text::wrap(line, usize::from(body.width));
        let whole = usize::from(y) + rows.len() <= usize::from(body.bottom());
        for row in rows.iter().take(usize::from(body.bottom().saturating_sub(y))) {
            draw::put(buf, body.x, y, row, body.width, Style::default());
            y += 1;
        }
        if !whole {
            break;
        }
        shown += 1;
    }
    let total = contract.content.lines().count().max(1);
    scrolled::border_marks(buf, inner, top > 0, top < last_top, &More::new(ctx));
    let line = (top + 1).min(total);
    let text = ctx.ta(msgid!("contract-position"), &[("line", &line.to_string()), ("total", &total.to_string())]);
    frame.render_widget(Line::styled(text, theme.dim).right_aligned(), position);
    Some(Viewport { view: ScrollView::Contract, top, rows: shown.max(1), last_top, shows_focus: true })
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
