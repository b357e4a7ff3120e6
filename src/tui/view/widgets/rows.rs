//! A list of rows with one selected, drawn as ratatui's `List` and `Table` draw theirs with
//! a `> ` mark, but writing only the text: those widgets style every row's area, and each
//! cell's, several times over (docs/performance.md).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::tui::view::text;

/// The columns the mark takes before every row; only the selected row shows it.
pub const MARK_WIDTH: u16 = 2;

/// Draws rows `0..count`, one per line of `area`, scrolled as a fresh `List` or `Table` state
/// scrolls to show `selected`. `draw_row(buf, index, place)` writes row `index` in `place`,
/// the line right of the mark; the selected row gets the mark and `focus` across its width.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    count: usize,
    selected: Option<usize>,
    focus: Style,
    mut draw_row: impl FnMut(&mut Buffer, usize, Rect),
) {
    let offset = super::super::list_offset(selected.unwrap_or(0), usize::from(area.height));
    for (index, y) in (offset..count).zip(area.top()..area.bottom()) {
        let line = Rect { y, height: 1, ..area };
        let place =
            Rect { x: line.x + MARK_WIDTH.min(line.width), width: line.width.saturating_sub(MARK_WIDTH), ..line };
        draw_row(buf, index, place);
        if selected == Some(index) {
            text::put(buf, line.x, y, "> ", MARK_WIDTH.min(line.width), Style::default());
            buf.set_style(line, focus);
        }
    }
}
