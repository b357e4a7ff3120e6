//! Writing text into the frame as ratatui's widgets would, but touching only the text's
//! cells: a `Paragraph`, `List` or `Table` also styles every cell of its area, and ratatui
//! cuts every string into graphemes before writing it, which is most of the cost of a
//! frame (docs/performance.md). Each function says which widget it stands for; where the
//! shortcut cannot give the same cells, it uses the widget.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

/// Writes `lines`, from line `skip` on, one per row of `area`, as a `Paragraph` of them with
/// the default style (and no wrap, or a wrap that cuts nothing) draws them. Lines must be
/// left-aligned and fit in `area`'s width (see `fits`).
fn write_lines(buf: &mut Buffer, area: Rect, lines: &[Line], skip: usize) {
    for (line, y) in lines.iter().skip(skip).zip(area.top()..area.bottom()) {
        let mut x = area.left();
        for span in &line.spans {
            let remaining = area.right().saturating_sub(x);
            if remaining == 0 {
                break;
            }
            x = put(buf, x, y, &span.content, remaining, line.style.patch(span.style));
        }
    }
}

/// Writes `text` from (`x`, `y`) in at most `max_width` columns, as `Buffer::set_stringn`
/// does, and returns the column after it. Text whose every character is a grapheme of one
/// column on its own is written a character a cell, without cutting it into graphemes.
pub fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max_width: u16, style: Style) -> u16 {
    if !text.chars().all(is_lone_narrow) {
        return buf.set_stringn(x, y, text, usize::from(max_width), style).0;
    }
    let end = x.saturating_add(max_width).min(buf.area.right());
    if x >= end || !buf.area.contains((x, y).into()) {
        return x;
    }
    let start = buf.index_of(x, y);
    let cells = &mut buf.content[start..start + usize::from(end - x)];
    let mut written = 0;
    for (cell, c) in cells.iter_mut().zip(text.chars()) {
        // Most cells written over already hold the character: a blank over a blank.
        if !holds(cell.symbol(), c) {
            cell.set_char(c);
        }
        cell.set_style(style);
        written += 1;
    }
    x + written
}

/// Cleans every cell whose symbol holds a control character or a bidirectional override
/// (`crate::clean`): such characters are dropped from it, and a cell left empty shows the
/// placeholder, one column as before. Clean cells (all but a hostile text's) are only read.
pub fn scrub(buf: &mut Buffer) {
    for cell in &mut buf.content {
        let symbol = cell.symbol();
        if !crate::clean::is_clean_line(symbol) {
            let kept: String = symbol.chars().filter(|&c| !crate::clean::obeyed(c)).collect();
            if kept.is_empty() {
                cell.set_char(crate::clean::PLACEHOLDER);
            } else {
                cell.set_symbol(&kept);
            }
        }
    }
}

/// Whether `symbol` is the character `c`.
fn holds(symbol: &str, c: char) -> bool {
    let mut chars = symbol.chars();
    chars.next() == Some(c) && chars.next().is_none()
}

/// Characters one column wide that never join a neighbour into one grapheme: printable
/// ASCII; Latin letters and signs (combining marks start at U+0300; the soft hyphen is a
/// control); punctuation, currency signs, arrows, mathematical operators, box drawing,
/// blocks, shapes, dingbats and braille (`’`, `€`, `↑`, `≤`, `─`, `▀`, `▶`, `✓`, `⠋`), but
/// for the wide ones and the invisible format characters.
fn is_lone_narrow(c: char) -> bool {
    match c {
        ' '..='~' => true,
        '\u{a0}'..='\u{ac}'
        | '\u{ae}'..='\u{2ff}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}'
        | '\u{20a0}'..='\u{20c0}'
        | '\u{2190}'..='\u{22ff}'
        | '\u{2500}'..='\u{27bf}'
        | '\u{2800}'..='\u{28ff}' => unicode_width::UnicodeWidthChar::width(c) == Some(1),
        _ => false,
    }
}

/// Whether `lines` can be written by `write_lines` in `width` columns exactly as a paragraph
/// would draw them: left-aligned, each within the width, no control characters.
pub fn fits(lines: &[Line], width: u16) -> bool {
    lines.iter().all(|line| {
        matches!(line.alignment, None | Some(ratatui::layout::Alignment::Left))
            && line.spans.iter().map(|s| super::text::width_of(&s.content)).sum::<usize>() <= usize::from(width)
            && line.spans.iter().all(|s| !s.content.contains(char::is_control))
    })
}

/// The mark of text cut short.
pub const ELLIPSIS: &str = "…";

/// `text` in at most `width` columns: whole if it fits, else cut and ending in `…`.
pub fn ellipsize(text: &str, width: usize) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if super::text::width_of(text) <= width {
        Cow::Borrowed(text)
    } else if width == 0 {
        Cow::Borrowed("")
    } else {
        Cow::Owned(format!("{}{ELLIPSIS}", prefix(text, width - 1).trim_end()))
    }
}

/// The longest start of `text` that fits in `width` columns.
fn prefix(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (index, c) in text.char_indices() {
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used > width {
            return &text[..index];
        }
    }
    text
}

/// `line` in at most `width` columns: whole if it fits, else cut where it leaves the width,
/// with `…` in its last column. Lines aligned otherwise than left are left as they are.
pub fn ellipsize_line(line: Line<'_>, width: usize) -> Line<'_> {
    let aligned = !matches!(line.alignment, None | Some(ratatui::layout::Alignment::Left));
    let total: usize = line.spans.iter().map(|s| super::text::width_of(&s.content)).sum();
    if aligned || total <= width {
        return line;
    }
    let Line { spans, style, alignment } = line;
    let budget = width.saturating_sub(1);
    let mut kept = Vec::new();
    let mut used = 0;
    for span in spans {
        let span_width = super::text::width_of(&span.content);
        if used + span_width <= budget {
            used += span_width;
            kept.push(span);
            continue;
        }
        if width > 0 {
            let part = prefix(&span.content, budget - used).trim_end();
            kept.push(ratatui::text::Span::styled(format!("{part}{ELLIPSIS}"), span.style));
        }
        break;
    }
    Line { spans: kept, style, alignment }
}

/// Lines cut to `width` as `ellipsize_line` cuts them.
fn ellipsized(lines: Vec<Line<'_>>, width: u16) -> Vec<Line<'_>> {
    lines.into_iter().map(|line| ellipsize_line(line, usize::from(width))).collect()
}

/// `lines` in `area` from line `scroll` on, as `Paragraph::new(lines).scroll((scroll, 0))`
/// draws them, but a line too wide for `area` ends in `…` where it is cut.
pub fn scrolled(frame: &mut Frame, area: Rect, lines: Vec<Line>, scroll: usize) {
    let lines = ellipsized(lines, area.width);
    if fits(&lines, area.width) {
        write_lines(frame.buffer_mut(), area, &lines, scroll);
    } else {
        let scroll = u16::try_from(scroll).unwrap_or(u16::MAX);
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), area);
    }
}

/// `lines` in `area`, as `Paragraph::new(lines)` draws them, but a line too wide for `area`
/// ends in `…` where it is cut.
pub fn plain(frame: &mut Frame, area: Rect, lines: Vec<Line>) {
    let lines = ellipsized(lines, area.width);
    if fits(&lines, area.width) {
        write_lines(frame.buffer_mut(), area, &lines, 0);
    } else {
        frame.render_widget(Paragraph::new(lines), area);
    }
}

/// Styles every cell of `area`, as a widget given `style` does; the default style changes
/// nothing, so then no cell is visited.
pub fn fill_style(buf: &mut Buffer, area: Rect, style: Style) {
    if style != Style::default() {
        buf.set_style(area, style);
    }
}

/// `lines` in `area`, as `Paragraph::new(lines).wrap(Wrap { trim: false })` draws them.
pub fn wrapped(frame: &mut Frame, area: Rect, lines: Vec<Line>) {
    if fits(&lines, area.width) {
        write_lines(frame.buffer_mut(), area, &lines, 0);
    } else {
        let area = fitted(area, &lines);
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), area);
    }
}

/// The top of `area`, tall enough for `lines` once word-wrapped to its width (with room to
/// spare: wrapping at word boundaries can take up to twice the rows of the text's width).
/// A paragraph styles every cell of the area it is given, so a few lines in a tall area
/// cost the whole area (docs/performance.md).
fn fitted(area: Rect, lines: &[Line]) -> Rect {
    let width = usize::from(area.width.max(1));
    let rows: usize = lines.iter().map(|l| (2 * l.width().div_ceil(width)).max(1)).sum();
    Rect { height: u16::try_from(rows).unwrap_or(u16::MAX).min(area.height), ..area }
}

/// `text` word-wrapped to the width of `area` (see `text::wrap`) and drawn from its top in `style`.
pub fn text(frame: &mut Frame, area: Rect, text: &str, style: Style) {
    let lines: Vec<Line> =
        super::text::wrap(text, usize::from(area.width)).into_iter().map(|l| Line::styled(l, style)).collect();
    plain(frame, area, lines);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    use super::put;

    /// `put` and `Buffer::set_stringn` on the same blank buffer: the cells and the end column.
    fn both(text: &str, x: u16, max_width: u16) -> ((Buffer, u16), (Buffer, u16)) {
        let style = Style::new().fg(Color::Red);
        let mut ours = Buffer::empty(Rect::new(0, 0, 12, 1));
        let mut theirs = ours.clone();
        let end = put(&mut ours, x, 0, text, max_width, style);
        let their_end = theirs.set_stringn(x, 0, text, usize::from(max_width), style).0;
        ((ours, end), (theirs, their_end))
    }

    #[test]
    fn put_draws_every_lone_narrow_character_as_set_stringn_does() {
        let ranges = [' '..='~', '\u{a0}'..='\u{2ff}', '\u{2000}'..='\u{22ff}', '\u{2500}'..='\u{28ff}'];
        for c in ranges.into_iter().flatten() {
            let text = format!("a{c}b{c}");
            let (ours, theirs) = both(&text, 1, 10);
            assert_eq!(ours, theirs, "{c:?} (U+{:04X})", u32::from(c));
        }
    }

    #[test]
    fn scrub_leaves_no_control_in_any_cell() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.content[0].set_symbol("\u{1b}");
        buf.content[1].set_symbol("a\u{202e}");
        buf.content[2].set_symbol("\u{9b}");
        buf.content[3].set_symbol("é");
        let before = buf.content[3].clone();
        super::scrub(&mut buf);
        let symbols: Vec<&str> = buf.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(symbols, ["\u{fffd}", "a", "\u{fffd}", "é", " ", " "]);
        assert_eq!(buf.content[3], before);
    }

    proptest! {
        /// Any text, fast path or not: combining marks, wide characters, controls, cut short.
        #[test]
        fn put_draws_any_text_as_set_stringn_does(
            text in "[ a-zé\u{301}\u{ad}\u{7f}\t日本✓✅─▀·›€⠋ął\u{200d}\u{20e3}\u{fe0f}👍]{0,16}",
            x in 0u16..12,
            max_width in 0u16..14,
        ) {
            let (ours, theirs) = both(&text, x, max_width);
            prop_assert_eq!(ours, theirs);
        }
    }
}
