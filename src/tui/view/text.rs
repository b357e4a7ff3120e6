//! Text for the screens: wrapping, the spinner, errors and the failure panel, labelled fields.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Ctx;
use crate::app::EarlierRun;
use crate::app::failures::visible_failure;
use crate::app::keymap::{self, Action};

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

pub fn spinner(frame: usize) -> &'static str {
    SPINNER[frame % SPINNER.len()]
}

/// Word-wraps `text` to `width` columns. Each `\n` starts a line; spaces are kept as
/// written (indentation too), except those where a line breaks and at the end of a line;
/// other blanks count as spaces, and no-break spaces (`1 234 €`) join. Words longer than a
/// line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    // Messages and fields from the API come this way: their escape sequences go whole
    // (ratatui would drop only their control characters), and `view` scrubs the rest.
    let text = crate::clean::text(text);
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        if paragraph.len() <= width && paragraph.bytes().all(|b| (b' '..=b'~').contains(&b)) {
            // Printable ASCII that fits: the common case, with nothing to break.
            lines.push(paragraph.trim_end().to_owned());
            continue;
        }
        let mut line = String::new();
        let mut line_width = 0;
        for (gap, word) in words(paragraph) {
            let word_width = width_of(word);
            if line_width + gap + word_width <= width {
                line.extend(std::iter::repeat_n(' ', gap));
                line.push_str(word);
                line_width += gap + word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut word = word;
            while width_of(word) > width {
                let cut = cut_to_width(word, width);
                lines.push(word[..cut].to_owned());
                word = &word[cut..];
            }
            line = word.to_owned();
            line_width = width_of(word);
        }
        lines.push(line);
    }
    lines
}

/// The columns `s` takes; printable ASCII, the common case, is a column a byte.
pub fn width_of(s: &str) -> usize {
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) { s.len() } else { s.width() }
}

/// The words of `paragraph`, each with the number of blanks before it.
fn words(paragraph: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = paragraph;
    std::iter::from_fn(move || {
        let start = rest.find(|c| !is_blank(c))?;
        let gap = rest[..start].chars().count();
        let word_end = rest[start..].find(is_blank).map_or(rest.len(), |end| start + end);
        let word = &rest[start..word_end];
        rest = &rest[word_end..];
        Some((gap, word))
    })
}

/// Where a line may break: white space, but for the no-break spaces.
fn is_blank(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// The byte length of the longest prefix of `s` that fits in `width` columns (at least one char).
fn cut_to_width(s: &str, width: usize) -> usize {
    let mut used = 0;
    for (index, c) in s.char_indices() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width {
            return if index == 0 { c.len_utf8() } else { index };
        }
        used += w;
    }
    s.len()
}

/// The lines describing an API error: what failed, the server's words, the query id, what to do.
pub fn error_lines(
    ctx: &Ctx,
    what: &str,
    error: &crate::api::error::ApiError,
    retry: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    let mut lines = hanging(&format!("✗ {}: {what}", ctx.t(msgid!("error-prefix"))), width, theme.error);
    for line in wrap(&crate::app::labels::error_text(ctx.state.lang, error), width.saturating_sub(2)) {
        lines.push(Line::styled(format!("  {line}"), theme.text));
    }
    if let Some(id) = &error.query_id {
        for line in wrap(&ctx.ta(msgid!("error-query-id"), &[("id", id)]), width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {line}"), theme.dim));
        }
    }
    for line in wrap(&ctx.t(crate::app::labels::error_hint(error.kind)), width.saturating_sub(2)) {
        lines.push(Line::styled(format!("  {line}"), theme.text));
    }
    if retry && let Some(binding) = retry_binding(ctx) {
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(binding, theme.key),
            Span::raw(format!(" {}", ctx.t(msgid!("hint-retry")))),
        ]));
    }
    lines
}

/// The key that retries in the current context, as the footer writes it.
fn retry_binding(ctx: &Ctx) -> Option<&'static str> {
    keymap::bindings(keymap::context(ctx.state)).iter().find(|b| b.action == Action::Retry).map(|b| b.label)
}

/// Draws the failure the current step shows at the bottom of `area`, returning what is left.
pub fn with_failure_panel(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Rect {
    let (rest, panel) = failure_split(ctx, area);
    if let Some((panel, lines)) = panel {
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), panel);
    }
    rest
}

/// Where the failure panel goes (with its lines) and what is left above it.
pub fn failure_split(ctx: &Ctx, area: Rect) -> (Rect, Option<(Rect, Vec<Line<'static>>)>) {
    let Some((slot, failure)) = visible_failure(ctx.state) else { return (area, None) };
    // The review shows its failures among its lines, which scroll, and so does the order
    // step (the checkout's failure also has its own overlay).
    if matches!(ctx.state.step, crate::app::Step::Review | crate::app::Step::Order) {
        return (area, None);
    }
    let lines = error_lines(ctx, &ctx.t(slot.msgid()), &failure.error, failure.retryable, usize::from(area.width));
    let height = u16::try_from(lines.len()).unwrap_or(u16::MAX).min(area.height / 2);
    let [rest, panel] = Layout::vertical([Constraint::Min(0), Constraint::Length(height)]).areas(area);
    (rest, Some((panel, lines)))
}

/// `text` wrapped to `width`, every line after the first indented by two columns.
pub fn hanging(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width.saturating_sub(2))
        .into_iter()
        .enumerate()
        .map(|(index, line)| Line::styled(if index == 0 { line } else { format!("  {line}") }, style))
        .collect()
}

/// `text` wrapped to `width`, every line indented by two columns.
pub fn indented(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    wrap(text, width.saturating_sub(2)).into_iter().map(|line| Line::styled(format!("  {line}"), style)).collect()
}

/// `Label: value` with the label dimmed.
pub fn field(ctx: &Ctx, label: &str, value: impl Into<String>) -> Line<'static> {
    Line::from(vec![Span::styled(format!("{label}: "), ctx.theme.dim), Span::styled(value.into(), ctx.theme.text)])
}

/// `Label: value` as `field` writes it, wrapped to `width` when too long (the lines after
/// the first indented by two columns): nothing of the value is cut.
pub fn field_lines(ctx: &Ctx, label: &str, value: &str, width: usize) -> Vec<Line<'static>> {
    let prefix = format!("{label}: ");
    if width_of(&prefix) + width_of(value) <= width {
        return vec![field(ctx, label, value)];
    }
    let mut lines = hanging(&format!("{prefix}{value}"), width, ctx.theme.text);
    if let Some(first) = lines.first_mut() {
        let text = first.spans.iter().map(|s| s.content.as_ref()).collect::<String>();
        if let Some(rest) = text.strip_prefix(prefix.trim_end()) {
            *first = Line::from(vec![
                Span::styled(prefix.trim_end().to_owned(), ctx.theme.dim),
                Span::styled(rest.to_owned(), ctx.theme.text),
            ]);
        }
    }
    lines
}

/// Under a field, after a paste that carried control characters: they were left out.
pub fn pasted_note(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let Some(removed) = ctx.state.pasted_controls else { return Vec::new() };
    let note = ctx.ta(msgid!("paste-controls-removed"), &[("count", &removed.to_string())]);
    hanging(&format!("! {note}"), width, ctx.theme.warning)
}

/// What settling earlier runs found: an order placed after all, or one whose fate is
/// unknown (with why, and what to do), each to be known before ordering again.
pub fn earlier_lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let Some(found) = ctx.state.earlier.ready() else { return Vec::new() };
    let mut lines = Vec::new();
    for run in found {
        match run {
            EarlierRun::Ordered { order_id, project } => {
                let text = ctx.ta(msgid!("recover-ordered"), &[("id", &order_id.to_string()), ("name", project)]);
                lines.extend(hanging(&format!("! {text}"), width, ctx.theme.warning));
            }
            // The sentence says what to do; under it, why it is not known (and the query id).
            EarlierRun::Unsettled { project, error } => {
                let what = ctx.ta(msgid!("earlier-unsettled"), &[("name", project)]);
                lines.extend(hanging(&format!("! {what}"), width, ctx.theme.warning));
                let why = crate::app::labels::error_text(ctx.state.lang, error);
                lines.extend(indented(&why, width, ctx.theme.text));
                if let Some(id) = &error.query_id {
                    lines.extend(indented(&ctx.ta(msgid!("error-query-id"), &[("id", id)]), width, ctx.theme.dim));
                }
            }
        }
    }
    lines
}

/// What the account must do in the Control Panel before it may order, when it must.
pub fn eligibility_lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let Some((actions, panel)) = ctx.state.eligibility_block() else { return Vec::new() };
    let theme = &ctx.theme;
    let mut lines = hanging(&format!("! {}", ctx.t(msgid!("eligibility-blocked"))), width, theme.warning);
    for action in actions {
        let text = ctx.ta(crate::app::labels::eligibility_action(action), &[("url", panel), ("action", action)]);
        lines.extend(indented(&text, width, theme.text));
    }
    let (credit, methods) = ctx.state.eligibility_terms();
    if let Some(credit) = credit {
        let text = ctx.ta(msgid!("eligibility-minimum-credit"), &[("amount", &ctx.money(credit))]);
        lines.extend(indented(&text, width, theme.dim));
    }
    if !methods.is_empty() {
        lines.extend(indented(
            &ctx.ta(
                msgid!("eligibility-methods"),
                &[("methods", &crate::app::labels::payment_types(ctx.state.lang, methods))],
            ),
            width,
            theme.dim,
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    use super::{is_blank, wrap};

    proptest! {
        /// Wrapping loses no character but blanks, and no line is wider than asked (a
        /// character wider than the line stays whole).
        #[test]
        fn wrap_keeps_the_text_within_the_width(
            text in "[ a-zé\\t\\n\u{a0}日本✓]{0,40}",
            width in 1usize..12,
        ) {
            let lines = wrap(&text, width);
            let visible = |s: &str| s.chars().filter(|c| !c.is_whitespace() || *c == '\u{a0}').collect::<String>();
            prop_assert_eq!(visible(&lines.concat()), visible(&text));
            prop_assert!(lines.len() >= text.split('\n').count());
            for line in &lines {
                prop_assert!(line.width() <= width || line.chars().count() == 1, "{:?} in {}", line, width);
                prop_assert!(!line.ends_with(is_blank), "{:?} ends with a blank", line);
            }
        }
    }

    #[test]
    fn wraps_by_display_width() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("日本語の文", 4), ["日本", "語の", "文"]);
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("one\ntwo", 10), ["one", "two"]);
        assert_eq!(wrap("x", 0), ["x"]);
    }

    #[test]
    fn keeps_spaces_but_where_lines_break() {
        assert_eq!(wrap("  1.  Terms apply", 9), ["  1.", "Terms", "apply"]);
        assert_eq!(wrap("  1.  Terms  apply ", 11), ["  1.  Terms", "apply"]);
        assert_eq!(wrap("a\tb   ", 10), ["a b"]);
        assert_eq!(wrap("   ", 10), [""]);
        assert_eq!(wrap("      indented", 8), ["indented"]);
        assert_eq!(wrap("ab abcdefghij", 4), ["ab", "abcd", "efgh", "ij"]);
        assert_eq!(wrap("Total: 1\u{202f}234,56\u{a0}€", 12), ["Total:", "1\u{202f}234,56\u{a0}€"]);
        assert_eq!(wrap("  fits  ", 8), ["  fits"]);
    }
}
