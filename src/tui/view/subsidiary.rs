//! Step 1: the subsidiaries the API sells on, with a type-ahead filter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::scrolled::{self, More, Window};
use super::widgets::rows;
use super::widgets::text_input::text_input;
use super::{Ctx, draw, text};
use crate::app::{ScrollView, Viewport};
use unicode_width::UnicodeWidthStr;

/// Draws the step; returns what its list shows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    let theme = &ctx.theme;
    let state = ctx.state;
    let (top, notices) = notices(ctx, area);
    draw::wrapped(frame, top, notices);
    let [intro, filter, list] = areas(ctx, area);
    draw::text(frame, intro, &ctx.t(msgid!("subsidiary-intro")), theme.text);

    let label = format!("{}: ", ctx.t(msgid!("subsidiary-filter")));
    let label_width = u16::try_from(unicode_width::UnicodeWidthStr::width(label.as_str())).unwrap_or(u16::MAX);
    let [label_area, input_area] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(Rect { height: 1, ..filter });
    frame.render_widget(Span::styled(label, theme.dim), label_area);
    let field = &state.subsidiary_screen.filter;
    if field.is_empty() {
        let placeholder = Line::from(vec![
            Span::styled(" ", theme.cursor),
            Span::styled(ctx.t(msgid!("subsidiary-filter-placeholder")), theme.dim),
        ]);
        frame.render_widget(placeholder, input_area);
    } else {
        frame.render_widget(text_input(theme, field, true, usize::from(input_area.width)), input_area);
    }
    let note = Rect { y: filter.y + 1, height: filter.height.saturating_sub(1), ..filter };
    draw::plain(frame, note, text::pasted_note(ctx, usize::from(filter.width)));

    let subsidiaries = state.filtered_subsidiaries();
    if subsidiaries.is_empty() {
        let text = ctx.ta(msgid!("subsidiary-no-match"), &[("filter", field.value())]);
        draw::text(frame, list, &text, theme.warning);
        return None;
    }
    let rows = rows(ctx);
    let titles = titles(ctx);
    let table = table(ctx, &titles, &rows);
    let (list, detail) = split_detail(ctx, &table, list);
    let window = table.draw(frame.buffer_mut(), list, state.subsidiary_cursor(), &More::new(ctx));
    if let Some((detail_area, lines)) = detail {
        draw::plain(frame, detail_area, lines);
    }
    Some(window.viewport(ScrollView::Subsidiaries, rows.len()))
}

/// Which rows show, and where the table's rows start.
fn window(ctx: &Ctx, area: Rect) -> Option<(Window, u16)> {
    if ctx.state.filtered_subsidiaries().is_empty() {
        return None;
    }
    let [_, _, list] = areas(ctx, area);
    let (rows, titles) = (rows(ctx), titles(ctx));
    let table = table(ctx, &titles, &rows);
    let (list, _) = split_detail(ctx, &table, list);
    let body = usize::from(list.height.saturating_sub(1));
    let count = rows.len();
    Some((scrolled::list(count, ctx.state.subsidiary_cursor().unwrap_or(0), body), list.y + 1))
}

fn titles(ctx: &Ctx) -> [String; 5] {
    [
        ctx.t(msgid!("subsidiary-col-code")),
        ctx.t(msgid!("subsidiary-col-country")),
        ctx.t(msgid!("subsidiary-col-currency")),
        ctx.t(msgid!("subsidiary-col-endpoint")),
        String::new(),
    ]
}

fn rows(ctx: &Ctx) -> Vec<[String; 5]> {
    let state = ctx.state;
    let account = state.account_subsidiary();
    let chosen = state.draft.subsidiary.map(|s| s.code);
    state
        .filtered_subsidiaries()
        .iter()
        .map(|s| {
            let mut notes = Vec::new();
            if chosen == Some(s.code) {
                notes.push(format!("✓ {}", ctx.t(msgid!("subsidiary-chosen"))));
            }
            if account.is_some_and(|a| a.eq_ignore_ascii_case(s.code)) {
                notes.push(ctx.t(msgid!("subsidiary-yours")));
            }
            [s.code.into(), ctx.country(s).into(), s.currency.into(), s.ordered_on().name().into(), notes.join(", ")]
        })
        .collect()
}

fn table<'a>(ctx: &Ctx, titles: &'a [String; 5], rows: &'a [[String; 5]]) -> rows::Table<'a, 5> {
    // Each column is wide enough for its values and for its title in any language.
    let width = |index: usize, values: u16| {
        let title = u16::try_from(UnicodeWidthStr::width(titles[index].as_str())).unwrap_or(u16::MAX);
        Constraint::Length(values.max(title))
    };
    // The notes get a column at least: cut, they show `…` (and go whole under the list).
    let widths = [width(0, 5), width(1, 25), width(2, 8), width(3, 14), Constraint::Min(1)];
    rows::Table {
        titles,
        rows,
        widths,
        spacing: 1,
        title_style: ctx.theme.dim,
        row_style: Style::default(),
        focus: ctx.theme.focus,
    }
}

/// When a cell of the highlighted row is cut short, its whole text goes on the lines under
/// the list.
fn split_detail(ctx: &Ctx, table: &rows::Table<5>, list: Rect) -> (Rect, Option<(Rect, Vec<Line<'static>>)>) {
    let Some(cursor) = ctx.state.subsidiary_cursor() else { return (list, None) };
    if !table.cuts(list, cursor) {
        return (list, None);
    }
    let cells = &table.rows[cursor];
    let text = cells.iter().filter(|cell| !cell.is_empty()).cloned().collect::<Vec<_>>().join(" · ");
    let lines = text::hanging(&format!("> {text}"), usize::from(list.width), ctx.theme.dim);
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    // The list keeps its titles, a marker and a row at least.
    if list.height < height + 4 {
        return (list, None);
    }
    let [list, detail] = Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(list);
    (list, Some((detail, lines)))
}

/// What settling earlier runs found, at the top (at most half the screen), and its lines.
fn notices(ctx: &Ctx, area: Rect) -> (Rect, Vec<Line<'static>>) {
    let lines = text::earlier_lines(ctx, usize::from(area.width));
    let height = if lines.is_empty() { 0 } else { u16::try_from(lines.len() + 1).unwrap_or(u16::MAX) };
    (Rect { height: height.min(area.height / 2), ..area }, lines)
}

/// Under the notices (if any): the intro (as many lines as it wraps to: none is cut), the
/// filter with a blank line or the note on what a paste left out, the list.
fn areas(ctx: &Ctx, area: Rect) -> [Rect; 3] {
    let (top, _) = notices(ctx, area);
    let area = Rect { y: area.y + top.height, height: area.height - top.height, ..area };
    let width = usize::from(area.width);
    let intro = u16::try_from(text::wrap(&ctx.t(msgid!("subsidiary-intro")), width).len()).unwrap_or(u16::MAX);
    let under_filter = u16::try_from(text::pasted_note(ctx, width).len().max(1)).unwrap_or(u16::MAX);
    Layout::vertical([Constraint::Length(intro), Constraint::Length(1 + under_filter), Constraint::Min(0)]).areas(area)
}

/// The index (among the filtered subsidiaries) of the row drawn at screen row `y`.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<usize> {
    let (window, top) = window(ctx, area)?;
    window.row_at(usize::from(y.checked_sub(top)?))
}
