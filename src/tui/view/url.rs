//! Web addresses, printed whole on lines of their own: never cut, never wrapped inside a box
//! where its borders would split them, so a terminal's own link detection finds them (and
//! `o` opens, `y` copies the one the screen offers). An address wider than the box runs over
//! its borders; one wider than the terminal goes on in the terminal's next rows, from their
//! first column.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{draw, text};

/// An address laid out among lines: from line `line`, on `rows` rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub line: usize,
    pub rows: usize,
    pub url: String,
    /// Columns before it when it fits inside.
    pub indent: u16,
}

/// The rows `url` takes printed unbroken `indent` columns into an area `width` wide, on a
/// terminal `screen_width` wide.
pub fn rows(url: &str, width: u16, indent: u16, screen_width: u16) -> usize {
    let url_width = text::width_of(url);
    if url_width <= usize::from(width.saturating_sub(indent)) || url_width <= usize::from(screen_width) {
        1
    } else {
        url_width.div_ceil(usize::from(screen_width.max(1)))
    }
}

/// Adds blank lines for `url` to `lines` (it is drawn over them by `draw`).
pub fn push(
    lines: &mut Vec<Line<'static>>,
    placed: &mut Vec<Placed>,
    url: &str,
    indent: u16,
    width: u16,
    screen_width: u16,
) {
    let rows = rows(url, width, indent, screen_width);
    placed.push(Placed { line: lines.len(), rows, url: crate::clean::text(url).into_owned(), indent });
    lines.extend(std::iter::repeat_n(Line::default(), rows));
}

/// Draws the addresses of `placed` that show when their lines are drawn in `area` from line
/// `top` on.
pub fn draw(buf: &mut Buffer, area: Rect, top: usize, placed: &[Placed], style: Style) {
    let screen = buf.area;
    for url in placed {
        let url_width = u16::try_from(text::width_of(&url.url)).unwrap_or(u16::MAX);
        let chunks = chunks(&url.url, url.rows, screen.width);
        for (row, chunk) in chunks.iter().enumerate() {
            let Some(shown) = (url.line + row).checked_sub(top) else { continue };
            let Ok(shown) = u16::try_from(shown) else { continue };
            if shown >= area.height {
                continue;
            }
            let y = area.y + shown;
            let x = if url.rows > 1 {
                screen.x
            } else if url_width <= area.width.saturating_sub(url.indent) {
                area.x + url.indent
            } else {
                // As far right as it fits, over the borders.
                (area.x + url.indent).min(screen.right().saturating_sub(url_width)).max(screen.x)
            };
            let width = screen.right().saturating_sub(x);
            draw::put(buf, x, y, chunk, width, style);
        }
    }
}

/// `url` cut into `rows` pieces of `width` columns (the last one shorter).
fn chunks(url: &str, rows: usize, width: u16) -> Vec<String> {
    if rows <= 1 {
        return vec![url.to_owned()];
    }
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut used = 0;
    for c in url.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > usize::from(width) {
            pieces.push(std::mem::take(&mut piece));
            used = 0;
        }
        piece.push(c);
        used += w;
    }
    pieces.push(piece);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_takes_one_row_unless_wider_than_the_terminal() {
        assert_eq!(rows("https://example.org/a", 40, 4, 80), 1);
        assert_eq!(rows(&"x".repeat(70), 40, 4, 80), 1, "over the box's borders");
        assert_eq!(rows(&"x".repeat(161), 40, 4, 80), 3);
        assert_eq!(chunks(&"x".repeat(161), 3, 80).iter().map(String::len).collect::<Vec<_>>(), [80, 80, 1]);
    }

    #[test]
    fn an_address_wider_than_the_box_runs_over_its_borders_unbroken() {
        let mut buf = Buffer::with_lines(["│ text over here   │", "│                  │"]);
        let url = "https://ex.org/long";
        let placed = [Placed { line: 0, rows: 1, url: url.into(), indent: 2 }];
        draw(&mut buf, Rect::new(2, 0, 16, 2), 0, &placed, Style::default());
        let row: String = (0..20).map(|x| buf[(x, 0)].symbol().to_owned()).collect();
        assert!(row.contains(url), "{row}");
    }
}
