//! Views that scroll, and how they say that more is above or below: a list gives a row of
//! its own to `▲ more above` over its first row shown and `▼ more below` under its last;
//! a text that fills a box or a window writes them on the box's top and bottom borders,
//! at the right, and loses no row.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::{Ctx, draw};
use crate::app::{ScrollView, Viewport};

/// The words that say more is above or below, in the screen's language.
pub struct More {
    pub above: String,
    pub below: String,
    pub style: Style,
}

impl More {
    pub fn new(ctx: &Ctx) -> More {
        More { above: ctx.t(msgid!("more-above")), below: ctx.t(msgid!("more-below")), style: ctx.theme.dim }
    }
}

/// The rows of a list shown in a given height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    /// The first row shown.
    pub offset: usize,
    /// How many rows show.
    pub rows: usize,
    /// Rows hidden above the first shown: its marker takes the first line.
    pub above: bool,
    /// Rows hidden below the last shown: its marker takes the line after them.
    pub below: bool,
}

impl Window {
    /// The line (from the top of the list's area) that row `index` is drawn on, if it shows.
    #[cfg(test)]
    pub fn line_of(&self, index: usize) -> Option<usize> {
        (self.offset..self.offset + self.rows).contains(&index).then(|| index - self.offset + usize::from(self.above))
    }

    /// The row drawn on `line` (from the top of the list's area), if any.
    pub fn row_at(&self, line: usize) -> Option<usize> {
        let line = line.checked_sub(usize::from(self.above))?;
        (line < self.rows).then_some(self.offset + line)
    }

    /// What the screen reports of it.
    pub fn viewport(&self, view: ScrollView, count: usize) -> Viewport {
        let last_top = count.saturating_sub(self.rows.max(1));
        Viewport { view, top: self.offset, rows: self.rows, last_top, shows_focus: true }
    }
}

/// Which of `count` rows show in `height` lines with `selected` in sight: as a fresh
/// ratatui list scrolls (the selected row last, unless the top fits), a line less for each
/// marker the list needs.
pub fn list(count: usize, selected: usize, height: usize) -> Window {
    let selected = selected.min(count.saturating_sub(1));
    if count <= height || height < 3 {
        // All of it fits, or there is no room for a marker and a row: the rows alone.
        let rows = count.min(height);
        let offset = (selected + 1).saturating_sub(rows.max(1));
        return Window { offset, rows, above: false, below: false };
    }
    // The top of the list, with only the marker below.
    if selected < height - 1 {
        return Window { offset: 0, rows: height - 1, above: false, below: true };
    }
    // The end of the list, with only the marker above.
    if selected >= count - (height - 1) {
        return Window { offset: count - (height - 1), rows: height - 1, above: true, below: false };
    }
    let rows = height - 2;
    Window { offset: selected + 1 - rows, rows, above: true, below: true }
}

/// Writes a list's markers in `area` (the list's own lines) and returns the lines left for
/// its rows.
pub fn list_marks(buf: &mut Buffer, area: Rect, window: &Window, more: &More) -> Rect {
    let mut rows = area;
    if window.above && area.height > 0 {
        mark_row(buf, Rect { height: 1, ..area }, &more.above, more.style);
        rows = Rect { y: area.y + 1, height: area.height - 1, ..area };
    }
    if window.below && rows.height > 0 {
        let y = rows.y + u16::try_from(window.rows).unwrap_or(u16::MAX).min(rows.height);
        if y < area.bottom() {
            mark_row(buf, Rect { y, height: 1, ..area }, &more.below, more.style);
        }
    }
    Rect { height: u16::try_from(window.rows).unwrap_or(u16::MAX).min(rows.height), ..rows }
}

/// `  ▲ more above` on a line of its own, where a list's marks go.
fn mark_row(buf: &mut Buffer, line: Rect, text: &str, style: Style) {
    let x = line.x.saturating_add(super::widgets::rows::MARK_WIDTH);
    draw::put(buf, x, line.y, text, line.right().saturating_sub(x), style);
}

/// Writes `▲ more above` on the border over `area` (the inside of a box or window, with its
/// margin) and `▼ more below` on the border under it, at the right.
pub fn border_marks(buf: &mut Buffer, area: Rect, above: bool, below: bool, more: &More) {
    let on_border = |buf: &mut Buffer, y: u16, text: &str| {
        let text = format!(" {text} ");
        let width = u16::try_from(super::text::width_of(&text)).unwrap_or(u16::MAX);
        // It ends one column inside the box's corner; a title at the left is never covered.
        let right = area.right();
        if width + 8 <= area.width && buf.area.contains((right.saturating_sub(1), y).into()) {
            draw::put(buf, right - width, y, &text, width, more.style);
        }
    };
    if above && area.y > 0 {
        on_border(buf, area.y - 1, &more.above);
    }
    if below {
        on_border(buf, area.bottom(), &more.below);
    }
}

/// Draws `lines` filling `area` (the inside of a box), scrolled so that lines `first..=last`
/// show (the first of them at least, with a line of context after them), the marks on the
/// box's borders; returns the first line shown and the furthest it could be.
pub fn follow(
    ctx: &Ctx,
    frame: &mut ratatui::Frame,
    area: Rect,
    lines: Vec<ratatui::text::Line<'_>>,
    (first, last): (usize, usize),
) -> (usize, usize) {
    let height = usize::from(area.height);
    let last_top = lines.len().saturating_sub(height);
    let top = (last + 2).saturating_sub(height).min(first).min(last_top);
    draw::scrolled(frame, area, lines, top);
    border_marks(frame.buffer_mut(), area, top > 0, top < last_top, &More::new(ctx));
    (top, last_top)
}

#[cfg(test)]
mod tests {
    use super::list;

    #[test]
    fn a_list_that_fits_has_no_marks() {
        let window = list(5, 4, 5);
        assert_eq!((window.offset, window.rows, window.above, window.below), (0, 5, false, false));
    }

    #[test]
    fn marks_take_a_line_each_and_the_selection_stays_in_sight() {
        for count in 6..30 {
            for height in 3..12 {
                for selected in 0..count {
                    let w = list(count, selected, height);
                    assert!(w.line_of(selected).is_some(), "{count} {height} {selected}: {w:?}");
                    assert!(w.rows + usize::from(w.above) + usize::from(w.below) <= height, "{w:?}");
                    assert_eq!(w.above, w.offset > 0, "{w:?}");
                    assert_eq!(w.below, w.offset + w.rows < count, "{count} {height} {selected}: {w:?}");
                    assert!(w.rows >= 1);
                }
            }
        }
    }
}
