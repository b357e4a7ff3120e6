//! One cart in the browser: its state, each item (product, plan, billing period, prices)
//! with its configurations under it, the quote, and whether it can be resumed.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::carts::{OVHCART_MARK, project_cell, state_word};
use super::review::{quote_lines, totals};
use super::scrolled;
use super::{Ctx, draw, text};
use crate::app::Remote;
use crate::app::carts::{CartDetail, CartItem, DetailRow};
use crate::app::{ScrollView, Viewport};

/// Draws the cart; returns what shows of its rows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    let theme = &ctx.theme;
    let width = usize::from(area.width);
    let detail = match &ctx.state.browser.detail {
        Remote::Ready(detail) => detail,
        Remote::Failed(failure) => {
            let lines = text::error_lines(ctx, &ctx.t(msgid!("failed-cart-read")), &failure.error, true, width);
            draw::plain(frame, area, lines);
            return None;
        }
        Remote::Idle | Remote::Loading => {
            let line = Line::from(vec![
                Span::styled(format!("{} ", text::spinner(ctx.state.spinner)), theme.key),
                Span::styled(ctx.t(msgid!("cart-loading")), theme.dim),
            ]);
            frame.render_widget(line, area);
            return None;
        }
    };
    let mut lines = Vec::new();
    let (focus, starts) = rows(ctx, detail, width, &mut lines);
    lines.push(Line::default());
    quote(ctx, detail, width, &mut lines);
    lines.push(Line::default());
    outlook(ctx, detail, width, &mut lines);
    // Scroll so the highlighted row (all of it) stays in view.
    let (top, last_top) = scrolled::follow(ctx, frame, area, lines, focus);
    let bottom = top + usize::from(area.height);
    let rows = starts.iter().filter(|start| (top..bottom).contains(*start)).count();
    Some(Viewport { view: ScrollView::CartDetail, top, rows: rows.max(1), last_top, shows_focus: true })
}

/// The cart, its items and their configurations, one row each: the highlighted one whole on
/// as many lines as it needs, the others on one line (ending in `…` when cut). Returns the
/// highlighted row's first and last line, and the first line of every row.
fn rows(ctx: &Ctx, detail: &CartDetail, width: usize, lines: &mut Vec<Line<'static>>) -> ((usize, usize), Vec<usize>) {
    let theme = &ctx.theme;
    let highlighted = ctx.state.browser.detail_row();
    let mut focus = (0, 0);
    let mut starts = Vec::new();
    let mut row = |lines: &mut Vec<Line<'static>>, this: DetailRow, indent: usize, spans: Vec<Span<'static>>| {
        let focused = highlighted == Some(this);
        let start = lines.len();
        starts.push(start);
        let lead = || Span::raw(" ".repeat(indent));
        if focused {
            let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
            let style = spans.first().map_or(theme.text, |s| s.style).patch(theme.focus);
            for (index, part) in text::wrap(&text, width.saturating_sub(2 + indent)).into_iter().enumerate() {
                let mark = Span::styled(if index == 0 { "> " } else { "  " }, theme.key);
                lines.push(Line::from(vec![mark, lead(), Span::styled(part, style)]));
            }
            focus = (start, lines.len() - 1);
        } else {
            let mut line = vec![Span::styled("  ", theme.key), lead()];
            line.extend(spans);
            lines.push(Line::from(line));
        }
    };
    let summary = &detail.summary;
    let mark = if summary.made_by_ovhcart { format!("{OVHCART_MARK} ") } else { String::new() };
    row(lines, DetailRow::Cart, 0, vec![Span::styled(format!("{mark}{}", project_cell(summary)), theme.title)]);
    let expires = summary.cart.expire.as_deref().map_or_else(|| "—".to_owned(), |e| ctx.date(e));
    let mut facts = vec![summary.cart.cart_id.clone()];
    if summary.project.is_some() && !summary.cart.description.is_empty() {
        facts.push(summary.cart.description.clone());
    }
    facts.push(state_word(ctx, summary));
    facts.push(ctx.ta(msgid!("cart-expires"), &[("date", &expires)]));
    let facts = facts.join(" · ");
    for line in text::wrap(&facts, width.saturating_sub(4)) {
        lines.push(Line::styled(format!("    {line}"), theme.dim));
    }
    if detail.items.is_empty() {
        lines.push(Line::styled(format!("    {}", ctx.t(msgid!("cart-no-items"))), theme.text));
    }
    for (index, entry) in detail.items.iter().enumerate() {
        row(lines, DetailRow::Item(index), 2, vec![Span::styled(item_text(ctx, entry), theme.text)]);
        for (position, configuration) in entry.configurations.iter().enumerate() {
            let text = format!("{} = {}", configuration.label, configuration.value);
            row(lines, DetailRow::Configuration(index, position), 6, vec![Span::styled(text, theme.text)]);
        }
    }
    (focus, starts)
}

/// `cloud · project.2018 · per month · TOTAL 0.00 €`.
fn item_text(ctx: &Ctx, entry: &CartItem) -> String {
    let item = &entry.item;
    let mut parts = vec![if item.product_id.is_empty() { ctx.t(msgid!("cart-item")) } else { item.product_id.clone() }];
    parts.extend(item.settings.plan_code.clone());
    parts.extend(item.duration.as_deref().map(|d| ctx.period(d)));
    parts.extend(item.prices.iter().map(|p| format!("{} {}", p.label, ctx.money(&p.price))));
    parts.join(" · ")
}

fn quote(ctx: &Ctx, detail: &CartDetail, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &ctx.theme;
    lines.push(Line::styled(ctx.t(msgid!("review-quote")), theme.title));
    match &detail.quote {
        None => lines.push(Line::styled(ctx.t(msgid!("cart-no-quote")), theme.dim)),
        Some(Err(error)) => lines.extend(text::error_lines(ctx, &ctx.t(msgid!("failed-quote")), error, false, width)),
        Some(Ok(order)) => {
            quote_lines(ctx, order, width, lines);
            totals(ctx, order, width, lines);
        }
    }
}

/// Whether Enter resumes the cart, on which subsidiary, or why not; a refused key press;
/// a deletion that failed.
fn outlook(ctx: &Ctx, detail: &CartDetail, width: usize, lines: &mut Vec<Line<'static>>) {
    let theme = &ctx.theme;
    let browser = &ctx.state.browser;
    if let Some(failure) = &browser.deletion_failure {
        lines.extend(text::error_lines(ctx, &ctx.t(msgid!("failed-delete")), &failure.error, false, width));
    }
    if let Some(refusal) = browser.refusal {
        lines.extend(
            text::wrap(&format!("✗ {}", ctx.t(refusal.msgid())), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.error)),
        );
        return;
    }
    let summary = &detail.summary;
    let text = if ctx.state.open_cart_id() == Some(summary.cart.cart_id.as_str()) {
        ctx.t(msgid!("cart-in-use"))
    } else if summary.is_open() {
        let subsidiary = crate::app::assumed_subsidiary(ctx.state)
            .map_or(String::new(), |s| format!("{} ({})", ctx.country(s), s.code));
        ctx.ta(msgid!("cart-resume-note"), &[("subsidiary", &subsidiary)])
    } else if summary.cart.read_only {
        ctx.t(msgid!("carts-refused-read-only"))
    } else {
        ctx.t(msgid!("carts-refused-expired"))
    };
    lines.extend(text::wrap(&text, width).into_iter().map(|l| Line::styled(l, theme.dim)));
}
