//! Step 1: the subsidiaries the API sells on, with a type-ahead filter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::widgets::rows;
use super::widgets::text_input::text_input;
use super::{Ctx, draw};
use unicode_width::UnicodeWidthStr;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let state = ctx.state;
    let (notices, area) = notices(ctx, area);
    draw::wrapped(frame, notices.0, notices.1);
    let [intro, filter, list] = areas(area);
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

    let subsidiaries = state.filtered_subsidiaries();
    if subsidiaries.is_empty() {
        let text = ctx.ta(msgid!("subsidiary-no-match"), &[("filter", field.value())]);
        draw::text(frame, list, &text, theme.warning);
        return;
    }
    let account = state.account_subsidiary();
    let chosen = state.draft.subsidiary.map(|s| s.code);
    let rows: Vec<[String; 5]> = subsidiaries
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
        .collect();
    let titles = [
        ctx.t(msgid!("subsidiary-col-code")),
        ctx.t(msgid!("subsidiary-col-country")),
        ctx.t(msgid!("subsidiary-col-currency")),
        ctx.t(msgid!("subsidiary-col-endpoint")),
        String::new(),
    ];
    // Each column is wide enough for its values and for its title in any language.
    let width = |index: usize, values: u16| {
        let title = u16::try_from(UnicodeWidthStr::width(titles[index].as_str())).unwrap_or(u16::MAX);
        Constraint::Length(values.max(title))
    };
    let widths = [width(0, 5), width(1, 25), width(2, 8), width(3, 14), Constraint::Min(0)];
    let table = rows::Table {
        titles: &titles,
        rows: &rows,
        widths,
        spacing: 1,
        title_style: theme.dim,
        row_style: Style::default(),
        focus: theme.focus,
    };
    table.draw(frame.buffer_mut(), list, state.subsidiary_cursor());
}

/// What settling earlier runs found, at the top (at most half the screen), and the rest.
fn notices(ctx: &Ctx, area: Rect) -> ((Rect, Vec<Line<'static>>), Rect) {
    let lines = super::text::earlier_lines(ctx, usize::from(area.width));
    if lines.is_empty() {
        return ((Rect { height: 0, ..area }, lines), area);
    }
    let height = u16::try_from(lines.len() + 1).unwrap_or(u16::MAX).min(area.height / 2);
    let [top, rest] = Layout::vertical([Constraint::Length(height), Constraint::Min(0)]).areas(area);
    ((top, lines), rest)
}

fn areas(area: Rect) -> [Rect; 3] {
    Layout::vertical([Constraint::Length(2), Constraint::Length(2), Constraint::Min(0)]).areas(area)
}

/// The index (among the filtered subsidiaries) of the row drawn at screen row `y`.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<usize> {
    let (_, area) = notices(ctx, area);
    let [_, _, list] = areas(area);
    // Below the table's title row.
    let row = usize::from(y.checked_sub(list.y.checked_add(1)?)?);
    let visible = usize::from(list.height.saturating_sub(1));
    let count = ctx.state.filtered_subsidiaries().len();
    let index = super::list_offset(ctx.state.subsidiary_cursor().unwrap_or(0), visible) + row;
    (row < visible && index < count).then_some(index)
}
