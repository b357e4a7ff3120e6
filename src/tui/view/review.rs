//! Step 5: the quote, the contracts and the box accepting them (for Italy, the box approving
//! clauses under art. 1341 and 1342 of the Italian Civil Code), the payment method,
//! auto-pay, and the withdrawal waiver. Nothing but the person's own key press or click
//! ticks a consent box, and each box's whole text shows while it has the focus.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::widgets::checkbox::checkbox;
use super::{Ctx, draw, text};
use crate::api::models::Order;
use crate::api::products::{ConfigLabel, PROJECT};
use crate::app::Remote;
use crate::app::consent::ConsentBox;
use crate::app::screens::{OrderRefusal, ReviewFocus};

/// The review as lines, which line holds each focusable row (for the scroll and for
/// clicks), and where the text of each consent box ends.
#[derive(Default)]
struct Laid {
    lines: Vec<Line<'static>>,
    rows: Vec<(usize, ReviewFocus)>,
    /// For each consent box, the last line of what must be read before it is ticked: its
    /// text below it (the contracts' box also has the contracts listed above it).
    reads: Vec<(ReviewFocus, usize)>,
    /// The notice that a change of language unticked the boxes was laid out (above the
    /// first box shown).
    language_notice: bool,
}

impl Laid {
    /// The first line shown: the focused row stays in view with a little context below it,
    /// and a consent box shows all there is to read with it (the contracts above the
    /// contracts' box, the text below each box) whenever it fits.
    fn scroll(&self, focus: ReviewFocus, height: usize) -> usize {
        let focus_line = self.rows.iter().find(|(_, f)| *f == focus).map_or(0, |(line, _)| *line);
        let last = match self.reads.iter().find(|(f, _)| *f == focus) {
            Some((_, end)) => end + 1,
            None => focus_line + 3,
        };
        (last + 1).saturating_sub(height).min(focus_line).min(self.lines.len().saturating_sub(height))
    }

    /// A focusable row.
    fn row(&mut self, target: ReviewFocus, line: Line<'static>) {
        self.rows.push((self.lines.len(), target));
        self.lines.push(line);
    }

    /// A consent box with its whole label (wrapped: it is what is agreed to), then its text
    /// in full, wrapped under the label.
    fn consent(&mut self, ctx: &Ctx, width: usize, consent: ConsentBox) {
        let state = ctx.state;
        // Unticked by a change of language: said just above the box with the focus (else the
        // first box), whose text is below it.
        let focused_box =
            ConsentBox::ALL.into_iter().find(|c| c.focus() == state.review.focus && state.shows_consent(*c));
        let here = focused_box.is_none_or(|c| c == consent);
        if state.review.refusal == Some(OrderRefusal::ConsentsLanguageChanged) && !self.language_notice && here {
            let notice = ctx.t(OrderRefusal::ConsentsLanguageChanged.msgid());
            self.lines.extend(text::hanging(&format!("! {notice}"), width, ctx.theme.warning));
            self.language_notice = true;
        }
        let (focus, focused) = (consent.focus(), state.review.focus == consent.focus());
        let mut label = text::wrap(&ctx.t(consent.label()), width.saturating_sub(6)).into_iter();
        self.row(focus, checkbox(&ctx.theme, state.ticked(consent), focused, &label.next().unwrap_or_default()));
        let style = if focused { ctx.theme.focus } else { ctx.theme.text };
        for rest in label {
            self.row(focus, Line::styled(format!("      {rest}"), style));
        }
        for paragraph in consent.paragraphs(state.lang) {
            for line in text::wrap(&paragraph, width.saturating_sub(6)) {
                self.lines.push(Line::styled(format!("      {line}"), ctx.theme.text));
            }
        }
        self.reads.push((focus, self.lines.len() - 1));
    }
}

fn lay_out(ctx: &Ctx, width: usize) -> Laid {
    let mut laid = Laid { lines: text::earlier_lines(ctx, width), ..Laid::default() };
    laid.lines.extend(text::eligibility_lines(ctx, width));
    summary(ctx, &mut laid.lines);
    laid.lines.push(Line::default());
    quote(ctx, width, &mut laid);
    laid.lines.push(Line::default());
    choices(ctx, width, &mut laid);
    laid
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
    let subsidiary =
        draft.subsidiary.map_or(String::new(), |s| format!("{} ({}, {})", ctx.country(s), s.code, s.currency));
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

/// The quote, its contracts, the box accepting them and, for Italy, the clauses' box.
fn quote(ctx: &Ctx, width: usize, laid: &mut Laid) {
    let theme = &ctx.theme;
    let lines = &mut laid.lines;
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
    quote_lines(ctx, order, width, lines);
    totals(ctx, order, width, lines);
    lines.push(Line::default());
    lines.push(Line::styled(ctx.t(msgid!("review-contracts")), theme.title));
    let focus = ctx.state.review.focus;
    for (index, contract) in order.contracts.iter().enumerate() {
        let focused = focus == ReviewFocus::Contract(index);
        let style = if focused { theme.focus } else { theme.text };
        laid.row(
            ReviewFocus::Contract(index),
            Line::from(vec![
                Span::styled(if focused { "> " } else { "  " }, theme.key),
                Span::styled(contract.name.clone(), style),
                Span::raw("  "),
                Span::styled(contract.url.clone(), theme.link),
            ]),
        );
    }
    laid.consent(ctx, width, ConsentBox::Contracts);
    if ctx.state.shows_consent(ConsentBox::ItalianClauses) {
        laid.lines.push(Line::default());
        laid.consent(ctx, width, ConsentBox::ItalianClauses);
    }
}

/// Each line of a quote with its price, and under it what was taken off it (with its sign).
pub(super) fn quote_lines(ctx: &Ctx, order: &Order, width: usize, lines: &mut Vec<Line<'static>>) {
    for detail in &order.details {
        let text = format!("{} × {}", detail.description, detail.quantity);
        lines.push(priced(ctx, &text, &ctx.money(&detail.total_price), width));
        for reduction in &detail.reductions {
            let text = format!("  {}", reduction.description);
            lines.push(priced(ctx, &text, &ctx.reduction(&reduction.price), width));
        }
    }
}

pub(super) fn totals(ctx: &Ctx, order: &Order, width: usize, lines: &mut Vec<Line<'static>>) {
    let prices = &order.prices;
    if let Some(reduction) = prices.reduction.as_ref().filter(|r| !r.is_zero()) {
        lines.push(priced(ctx, &ctx.t(msgid!("review-reduction")), &ctx.reduction(reduction), width));
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

/// The payment method, auto-pay, the waiver and the button.
fn choices(ctx: &Ctx, width: usize, laid: &mut Laid) {
    let theme = &ctx.theme;
    let state = ctx.state;
    let focus = state.review.focus;
    let payment = match &state.account {
        Remote::Ready(account) => match &account.default_payment_method {
            Some(method) => crate::app::labels::payment_method(ctx.state.lang, method),
            None => ctx.t(msgid!("review-payment-none")),
        },
        Remote::Failed(_) => ctx.t(msgid!("review-payment-unknown")),
        Remote::Idle | Remote::Loading => ctx.t(msgid!("review-payment-loading")),
    };
    laid.lines.push(text::field(ctx, &ctx.t(msgid!("review-payment")), payment));

    let auto_pay =
        checkbox(theme, state.draft.auto_pay, focus == ReviewFocus::AutoPay, &ctx.t(msgid!("review-auto-pay")));
    laid.row(ReviewFocus::AutoPay, auto_pay);
    laid.lines.push(Line::default());
    laid.consent(ctx, width, ConsentBox::Waiver);
    laid.lines.push(Line::default());
    let focused = focus == ReviewFocus::PlaceOrder;
    let button = Line::from(vec![
        Span::styled(if focused { "> " } else { "  " }, theme.key),
        Span::styled(
            format!("[ {} ]", ctx.t(msgid!("review-place-order"))),
            if focused { theme.focus } else { theme.title },
        ),
    ]);
    laid.row(ReviewFocus::PlaceOrder, button);
    // The language notice is next to the boxes (`Laid::consent`), not here.
    if let Some(refusal) = state.review.refusal.filter(|r| *r != OrderRefusal::ConsentsLanguageChanged) {
        for line in text::wrap(&format!("✗ {}", ctx.t(refusal.msgid())), width) {
            laid.lines.push(Line::styled(line, theme.error));
        }
    }
}
