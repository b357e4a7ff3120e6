//! Step 1: the subsidiaries the API sells on, with a type-ahead filter.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState, Wrap};

use super::Ctx;
use super::widgets::text_input::text_input;
use unicode_width::UnicodeWidthStr;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let state = ctx.state;
    let [intro, filter, list] = areas(area);
    frame.render_widget(
        Paragraph::new(Line::styled(ctx.t(msgid!("subsidiary-intro")), theme.text)).wrap(Wrap { trim: true }),
        intro,
    );

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
        let lines = [Line::styled(text, theme.warning)];
        let fitted = super::widgets::fitted(list, &lines);
        frame.render_widget(Paragraph::new(lines.to_vec()).wrap(Wrap { trim: true }), fitted);
        return;
    }
    let account = state.account_subsidiary();
    let chosen = state.draft.subsidiary.map(|s| s.code);
    let rows = subsidiaries.iter().map(|s| {
        let mut notes = Vec::new();
        if chosen == Some(s.code) {
            notes.push(format!("✓ {}", ctx.t(msgid!("subsidiary-chosen"))));
        }
        if account.is_some_and(|a| a.eq_ignore_ascii_case(s.code)) {
            notes.push(ctx.t(msgid!("subsidiary-yours")));
        }
        Row::new(vec![
            Cell::from(s.code),
            Cell::from(s.country),
            Cell::from(s.currency),
            Cell::from(s.ordered_on().name()),
            Cell::from(notes.join(", ")),
        ])
    });
    let titles = [
        ctx.t(msgid!("subsidiary-col-code")),
        ctx.t(msgid!("subsidiary-col-country")),
        ctx.t(msgid!("subsidiary-col-currency")),
        ctx.t(msgid!("subsidiary-col-endpoint")),
    ];
    // Each column is wide enough for its values and for its title in any language.
    let width = |index: usize, values: u16| {
        let title = u16::try_from(UnicodeWidthStr::width(titles[index].as_str())).unwrap_or(u16::MAX);
        Constraint::Length(values.max(title))
    };
    let widths = [width(0, 5), width(1, 25), width(2, 8), width(3, 14), Constraint::Min(0)];
    let header = Row::new(titles.into_iter().chain([String::new()])).style(theme.dim);
    let table = Table::new(rows, widths)
        .header(header)
        .row_highlight_style(theme.focus)
        .highlight_symbol("> ")
        .highlight_spacing(HighlightSpacing::Always);
    let mut table_state = TableState::default().with_selected(state.subsidiary_cursor());
    // No taller than its rows and title: a table styles every cell of its area. When they
    // all fit, the scroll is the same (none) as in the whole area; else the whole area.
    let height = u16::try_from(subsidiaries.len() + 1).unwrap_or(u16::MAX).min(list.height);
    frame.render_stateful_widget(table, Rect { height, ..list }, &mut table_state);
}

fn areas(area: Rect) -> [Rect; 3] {
    Layout::vertical([Constraint::Length(2), Constraint::Length(2), Constraint::Min(0)]).areas(area)
}

/// The index (among the filtered subsidiaries) of the row drawn at screen row `y`.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<usize> {
    let [_, _, list] = areas(area);
    // Below the table's title row.
    let row = usize::from(y.checked_sub(list.y.checked_add(1)?)?);
    let visible = usize::from(list.height.saturating_sub(1));
    let count = ctx.state.filtered_subsidiaries().len();
    let index = super::list_offset(ctx.state.subsidiary_cursor().unwrap_or(0), visible) + row;
    (row < visible && index < count).then_some(index)
}
