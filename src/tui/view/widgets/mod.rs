pub mod checkbox;
pub mod rows;
pub mod text_input;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::Widget;

/// Erases `area` as ratatui's `Clear` does, a row at a time (`Clear` goes down each
/// column, a row's width apart in memory).
pub fn clear(buf: &mut Buffer, area: Rect) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        let start = buf.index_of(area.x, y);
        buf.content[start..start + usize::from(area.width)].iter_mut().for_each(Cell::reset);
    }
}

/// Draws what `Block::bordered().border_style(style).title(title)` draws on `area`: the
/// plain border and the title at the top left. The block also styles every cell inside
/// with its (default) style, which changes nothing and costs the whole area.
pub fn bordered(buf: &mut Buffer, area: Rect, style: Style, title: Line) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let set = border::PLAIN;
    let (left, top) = (area.left(), area.top());
    let (right, bottom) = (area.right() - 1, area.bottom() - 1);
    for y in top..=bottom {
        buf[(left, y)].set_symbol(set.vertical_left).set_style(style);
        buf[(right, y)].set_symbol(set.vertical_right).set_style(style);
    }
    for x in left..=right {
        buf[(x, top)].set_symbol(set.horizontal_top).set_style(style);
        buf[(x, bottom)].set_symbol(set.horizontal_bottom).set_style(style);
    }
    buf[(right, bottom)].set_symbol(set.bottom_right).set_style(style);
    buf[(right, top)].set_symbol(set.top_right).set_style(style);
    buf[(left, bottom)].set_symbol(set.bottom_left).set_style(style);
    buf[(left, top)].set_symbol(set.top_left).set_style(style);
    let room = area.width.saturating_sub(2);
    if room > 0 {
        // A title too long for the border ends in `…`.
        let title = crate::tui::view::draw::ellipsize_line(title, usize::from(room));
        let width = u16::try_from(title.width()).unwrap_or(u16::MAX).min(room);
        title.render(Rect { x: left + 1, y: top, width, height: 1 }, buf);
    }
}
