//! Step 5: the quote, the contracts, the payment method, auto-pay, and the withdrawal
//! waiver, which nothing but the person's own key press ticks.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::widgets::checkbox::checkbox;
use super::{Ctx, draw, text};
use crate::api::models::Order;
use crate::api::products::{ConfigLabel, PROJECT};
use crate::app::Remote;
use crate::app::screens::ReviewFocus;

/// The review as lines, and which line holds each focusable row (for the scroll and for clicks).
struct Laid {
    lines: Vec<Line<'static>>,
    rows: Vec<(usize, ReviewFocus)>,
    /// The last line of the waiver's text: what must be read before its box is ticked.
    waiver_end: usize,
}

impl Laid {
    /// The first line shown: the focused row stays in view with a little context below it,
    /// and the waiver's box shows its whole text (from the box down) whenever it fits.
    fn scroll(&self, focus: ReviewFocus, height: usize) -> usize {
        let focus_line = self.rows.iter().find(|(_, f)| *f == focus).map_or(0, |(line, _)| *line);
        let last = if focus == ReviewFocus::Waiver { self.waiver_end + 1 } else { focus_line + 3 };
        (last + 1).saturating_sub(height).min(focus_line).min(self.lines.len().saturating_sub(height))
    }
}

fn lay_out(ctx: &Ctx, width: usize) -> Laid {
    let mut lines = text::eligibility_lines(ctx, width);
    let mut rows = Vec::new();
    summary(ctx, &mut lines);
    lines.push(Line::default());
    quote(ctx, width, &mut lines, &mut rows);
    lines.push(Line::default());
    let waiver_end = choices(ctx, width, &mut lines, &mut rows);
    Laid { lines, rows, waiver_end }
}

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let laid = lay_out(ctx, usize::from(area.width));
    let scroll = laid.scroll(ctx.state.review.focus, usize::from(area.height));
    draw::scrolled(frame, area, laid.lines, scroll);
}

/// The focusable row drawn at screen row `y` of `area`, laid out and scrolled as `render` does.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<ReviewFocus> {
    let laid = lay_out(ctx, usize::from(area.width));
    let line = laid.scroll(ctx.state.review.focus, usize::from(area.height)) + usize::from(y.checked_sub(area.y)?);
    laid.rows.iter().find(|(l, _)| *l == line).map(|(_, focus)| *focus)
}

fn summary(ctx: &Ctx, lines: &mut Vec<Line<'static>>) {
    let draft = &ctx.state.draft;
    let subsidiary = draft.subsidiary.map_or(String::new(), |s| format!("{} ({}, {})", s.country, s.code, s.currency));
    lines.push(text::field(ctx, &ctx.t(msgid!("review-subsidiary")), subsidiary));
    lines.push(text::field(
        ctx,
        &ctx.t(msgid!("review-plan")),
        draft.plan.as_ref().map_or(String::new(), |p| p.plan_code.clone()),
    ));
    let field = |label| ctx.t(PROJECT.configuration(label).field);
    lines.push(text::field(ctx, &field(ConfigLabel::Description), draft.name.clone().unwrap_or_default()));
    let voucher = match &draft.voucher {
        Some(v) => match &v.credit {
            Some(credit) => format!("{} ({})", v.code, ctx.money(credit)),
            None => v.code.clone(),
        },
        None => ctx.t(msgid!("review-no-voucher")),
    };
    lines.push(text::field(ctx, &field(ConfigLabel::Voucher), voucher));
    // Options only when some are wanted: a project without any reads as before.
    for option in &draft.options {
        let described = PROJECT.option(option.kind);
        lines.push(text::field(ctx, &ctx.t(msgid!("review-option")), ctx.t(described.label)));
    }
}

fn quote(ctx: &Ctx, width: usize, lines: &mut Vec<Line<'static>>, rows: &mut Vec<(usize, ReviewFocus)>) {
    let theme = &ctx.theme;
    lines.push(Line::styled(ctx.t(msgid!("review-quote")), theme.title));
    let order = match &ctx.state.pipeline.quote {
        Remote::Ready(order) => order,
        Remote::Failed(_) => {
            lines.push(Line::styled(format!("✗ {}", ctx.t(msgid!("failed-quote"))), theme.error));
            return;
        }
        Remote::Idle | Remote::Loading => {
            lines.push(Line::from(vec![
                Span::styled(format!("{} ", text::spinner(ctx.state.spinner)), theme.key),
                Span::styled(ctx.t(msgid!("review-quote-loading")), theme.dim),
            ]));
            return;
        }
    };
    for detail in &order.details {
        let text = format!("{} × {}", detail.description, detail.quantity);
        lines.push(priced(ctx, &text, &ctx.money(&detail.total_price), width));
        for reduction in &detail.reductions {
            let text = format!("  − {}", reduction.description);
            lines.push(priced(ctx, &text, &ctx.money(&reduction.price), width));
        }
    }
    totals(ctx, order, width, lines);
    lines.push(Line::default());
    lines.push(Line::styled(ctx.t(msgid!("review-contracts")), theme.title));
    let focus = ctx.state.review.focus;
    for (index, contract) in order.contracts.iter().enumerate() {
        let focused = focus == ReviewFocus::Contract(index);
        rows.push((lines.len(), ReviewFocus::Contract(index)));
        let style = if focused { theme.focus } else { theme.text };
        lines.push(Line::from(vec![
            Span::styled(if focused { "> " } else { "  " }, theme.key),
            Span::styled(contract.name.clone(), style),
            Span::raw("  "),
            Span::styled(contract.url.clone(), theme.link),
        ]));
    }
}

pub(super) fn totals(ctx: &Ctx, order: &Order, width: usize, lines: &mut Vec<Line<'static>>) {
    let prices = &order.prices;
    if let Some(reduction) = prices.reduction.as_ref().filter(|r| !r.is_zero()) {
        lines.push(priced(ctx, &ctx.t(msgid!("review-reduction")), &ctx.money(reduction), width));
    }
    lines.push(priced(ctx, &ctx.t(msgid!("review-without-tax")), &ctx.money(&prices.without_tax), width));
    lines.push(priced(ctx, &ctx.t(msgid!("review-tax")), &ctx.money(&prices.tax), width));
    let mut total = priced(ctx, &ctx.t(msgid!("review-with-tax")), &ctx.money(&prices.with_tax), width);
    total = total.style(ctx.theme.title);
    lines.push(total);
}

/// `label ........ price`, the price right-aligned at `width`.
pub(super) fn priced(ctx: &Ctx, label: &str, price: &str, width: usize) -> Line<'static> {
    use unicode_width::UnicodeWidthStr;
    let gap = width.saturating_sub(label.width() + price.width()).max(1);
    Line::from(vec![
        Span::styled(label.to_owned(), ctx.theme.text),
        Span::raw(" ".repeat(gap)),
        Span::styled(price.to_owned(), ctx.theme.text),
    ])
}

/// The payment method, the two boxes and the button; the line where the waiver's text ends.
fn choices(ctx: &Ctx, width: usize, lines: &mut Vec<Line<'static>>, rows: &mut Vec<(usize, ReviewFocus)>) -> usize {
    let theme = &ctx.theme;
    let state = ctx.state;
    let focus = state.review.focus;
    let payment = match &state.account {
        Remote::Ready(account) => match &account.default_payment_method {
            Some(method) => {
                let label = method.label.clone().or_else(|| method.description.clone()).unwrap_or_default();
                format!("{} {label}", method.payment_type)
            }
            None => ctx.t(msgid!("review-payment-none")),
        },
        Remote::Failed(_) => ctx.t(msgid!("review-payment-unknown")),
        Remote::Idle | Remote::Loading => ctx.t(msgid!("review-payment-loading")),
    };
    lines.push(text::field(ctx, &ctx.t(msgid!("review-payment")), payment));

    let mut focusable = |lines: &mut Vec<Line<'static>>, target: ReviewFocus, line: Line<'static>| {
        rows.push((lines.len(), target));
        lines.push(line);
    };
    let auto_pay =
        checkbox(theme, state.draft.auto_pay, focus == ReviewFocus::AutoPay, &ctx.t(msgid!("review-auto-pay")));
    focusable(lines, ReviewFocus::AutoPay, auto_pay);
    lines.push(Line::default());
    let waiver =
        checkbox(theme, state.draft.waiver, focus == ReviewFocus::Waiver, &ctx.t(msgid!("review-waiver-label")));
    focusable(lines, ReviewFocus::Waiver, waiver);
    for line in text::wrap(&ctx.t(msgid!("waiver-text")), width.saturating_sub(6)) {
        lines.push(Line::styled(format!("      {line}"), theme.text));
    }
    let waiver_end = lines.len() - 1;
    lines.push(Line::default());
    let focused = focus == ReviewFocus::PlaceOrder;
    let button = Line::from(vec![
        Span::styled(if focused { "> " } else { "  " }, theme.key),
        Span::styled(
            format!("[ {} ]", ctx.t(msgid!("review-place-order"))),
            if focused { theme.focus } else { theme.title },
        ),
    ]);
    focusable(lines, ReviewFocus::PlaceOrder, button);
    if let Some(refusal) = state.review.refusal {
        for line in text::wrap(&format!("✗ {}", ctx.t(refusal.msgid())), width) {
            lines.push(Line::styled(line, theme.error));
        }
    }
    waiver_end
}
