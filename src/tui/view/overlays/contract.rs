//! A contract of the quote: its name, address and text, scrolled line by line.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Ctx, window};

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect, index: usize, scroll: u16) {
    let theme = &ctx.theme;
    let Some(contract) = ctx.state.quote().and_then(|q| q.contracts.get(index)) else { return };
    let (width, height) = size(area);
    let inner = window(ctx, frame, area, width, height, &contract.name);
    let [url, body, position] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(0), Constraint::Length(1)]).areas(inner);
    frame.render_widget(Paragraph::new(Line::styled(contract.url.clone(), theme.link)).wrap(Wrap { trim: false }), url);
    // `scroll` counts the contract's own lines, so the position below matches the text.
    let text = if contract.content.trim().is_empty() {
        ctx.t(msgid!("contract-empty"))
    } else {
        // Each line takes at least one row: those below the window's height cannot show.
        contract.content.lines().skip(usize::from(scroll)).take(usize::from(body.height)).collect::<Vec<_>>().join("\n")
    };
    frame.render_widget(Paragraph::new(text).style(theme.text).wrap(Wrap { trim: false }), body);
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
