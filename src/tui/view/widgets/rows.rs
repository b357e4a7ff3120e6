//! A list of rows with one selected, drawn as ratatui's `List` and `Table` draw theirs with
//! a `> ` mark, but writing only the text: those widgets style every row's area, and each
//! cell's, several times over (docs/performance.md).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;

use crate::tui::view::draw;
use crate::tui::view::scrolled::{self, More, Window};

/// The columns the mark takes before every row; only the selected row shows it.
pub const MARK_WIDTH: u16 = 2;

/// Draws rows `0..count`, one per line of `area`, scrolled as a fresh `List` or `Table` state
/// scrolls to show `selected`, with a line saying more is above or below when rows are
/// hidden there (`scrolled::list`). `draw_row(buf, index, place)` writes row `index` in
/// `place`, the line right of the mark; the selected row gets the mark and `focus` across
/// its width. Returns which rows show.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    count: usize,
    selected: Option<usize>,
    focus: Style,
    more: &More,
    mut draw_row: impl FnMut(&mut Buffer, usize, Rect),
) -> Window {
    let window = scrolled::list(count, selected.unwrap_or(0), usize::from(area.height));
    let rows = scrolled::list_marks(buf, area, &window, more);
    for (index, y) in (window.offset..window.offset + window.rows).zip(rows.top()..rows.bottom()) {
        let line = Rect { y, height: 1, ..area };
        let place =
            Rect { x: line.x + MARK_WIDTH.min(line.width), width: line.width.saturating_sub(MARK_WIDTH), ..line };
        draw_row(buf, index, place);
        if selected == Some(index) {
            draw::put(buf, line.x, y, "> ", MARK_WIDTH.min(line.width), Style::default());
            buf.set_style(line, focus);
        }
    }
    window
}

/// Titles over rows of `N` columns, drawn as ratatui's `Table` draws them with a `> `
/// highlight: the title line in `title_style`, every row in `row_style`, `spacing` columns
/// between columns laid out from `widths`, the rows as `draw` draws them.
pub struct Table<'a, const N: usize> {
    pub titles: &'a [String; N],
    pub rows: &'a [[String; N]],
    pub widths: [Constraint; N],
    pub spacing: u16,
    pub title_style: Style,
    pub row_style: Style,
    pub focus: Style,
}

impl<const N: usize> Table<'_, N> {
    /// Draws the titles and the rows that fit (cells cut short end in `…`); returns which
    /// rows show.
    pub fn draw(&self, buf: &mut Buffer, area: Rect, selected: Option<usize>, more: &More) -> Window {
        if area.is_empty() {
            return scrolled::list(0, 0, 0);
        }
        let place = Rect::new(0, 0, area.width.saturating_sub(MARK_WIDTH), 1);
        let columns = Layout::horizontal(self.widths).flex(Flex::Start).spacing(self.spacing).split(place);
        let write = |buf: &mut Buffer, place: Rect, cells: &[String; N]| {
            for (cell, column) in cells.iter().zip(columns.iter()) {
                let cell = draw::ellipsize(cell, usize::from(column.width));
                draw::put(buf, place.x + column.x, place.y, &cell, column.width, Style::default());
            }
        };
        let title_line = Rect { height: 1, ..area };
        draw::fill_style(buf, title_line, self.title_style);
        write(buf, Rect { x: area.x + MARK_WIDTH, ..title_line }, self.titles);
        let body = Rect { y: area.y + 1, height: area.height - 1, ..area };
        draw(buf, body, self.rows.len(), selected, self.focus, more, |buf, index, place| {
            draw::fill_style(buf, Rect { x: body.x, width: body.width, ..place }, self.row_style);
            write(buf, place, &self.rows[index]);
        })
    }

    /// Whether a cell of row `index` is cut short in `area` (its full text then goes on a
    /// line of its own).
    pub fn cuts(&self, area: Rect, index: usize) -> bool {
        let place = Rect::new(0, 0, area.width.saturating_sub(MARK_WIDTH), 1);
        let columns = Layout::horizontal(self.widths).flex(Flex::Start).spacing(self.spacing).split(place);
        self.rows.get(index).is_some_and(|cells| {
            cells
                .iter()
                .zip(columns.iter())
                .any(|(cell, column)| crate::tui::view::text::width_of(cell) > usize::from(column.width))
        })
    }
}
