pub mod checkbox;
pub mod text_input;

use ratatui::layout::Rect;
use ratatui::text::Line;

/// The top of `area`, tall enough for `lines` once word-wrapped to its width (with room to
/// spare: wrapping at word boundaries can take up to twice the rows of the text's width).
/// A paragraph styles every cell of the area it is given, so a few lines in a tall area
/// cost the whole area (docs/performance.md).
pub fn fitted(area: Rect, lines: &[Line]) -> Rect {
    let width = usize::from(area.width.max(1));
    let rows: usize = lines.iter().map(|l| (2 * l.width().div_ceil(width)).max(1)).sum();
    Rect { height: u16::try_from(rows).unwrap_or(u16::MAX).min(area.height), ..area }
}
