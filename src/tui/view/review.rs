//! Step 5: the quote, the contracts and the box accepting them (for Italy, the box approving
//! clauses under art. 1341 and 1342 of the Italian Civil Code), the payment method,
//! auto-pay, and the withdrawal waiver. Nothing but the person's own key press or click
//! ticks a consent box, and each box's whole text shows while it has the focus. The review
//! scrolls: it follows the focus until the person scrolls it themself (page keys, Home,
//! End, the wheel); the box's borders say when more is above or below.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::scrolled::{self, More};
use super::widgets::checkbox::checkbox_lines;
use super::{Ctx, draw, text, url};
use crate::api::models::Order;
use crate::api::products::{ConfigLabel, PROJECT};
use crate::app::consent::ConsentBox;
use crate::app::failures::{FailureSlot, visible_failure};
use crate::app::screens::ReviewFocus;
use crate::app::{Remote, ScrollView, Viewport};

/// The review as lines, which line holds each focusable row (for the scroll and for
/// clicks), and what belongs to each.
#[derive(Default)]
struct Laid {
    lines: Vec<Line<'static>>,
    rows: Vec<(usize, ReviewFocus)>,
    /// Each focusable row's first and last line: a contract with its address, a consent box
    /// with the text to read before ticking it.
    blocks: Vec<(ReviewFocus, usize, usize)>,
    /// The addresses, each on lines of its own.
    urls: Vec<url::Placed>,
    /// The notice that a change (of language, or of what is ordered) unticked the boxes was
    /// laid out (just above the box with the focus, else the first box).
    boxes_notice: bool,
}

impl Laid {
    fn block(&self, focus: ReviewFocus) -> (usize, usize) {
        self.blocks.iter().find(|(f, _, _)| *f == focus).map_or((0, 0), |(_, start, end)| (*start, *end))
    }

    /// The first line shown: where the person scrolled to, else the focused row in view with
    /// a little context below it, a consent box with all there is to read with it (the text
    /// below it) whenever it fits.
    fn top(&self, focus: ReviewFocus, scroll: Option<usize>, height: usize) -> usize {
        let last_top = self.lines.len().saturating_sub(height);
        if let Some(top) = scroll {
            return top.min(last_top);
        }
        let (start, end) = self.block(focus);
        let last = (end + 1).max(start + 3);
        (last + 1).saturating_sub(height).min(start).min(last_top)
    }

    /// Whether the focused row, and all of its block that fits, shows from `top`.
    fn shows(&self, focus: ReviewFocus, top: usize, height: usize) -> bool {
        let (start, end) = self.block(focus);
        let bottom = top + height;
        let tall = end + 1 - start > height;
        (top..bottom).contains(&start) && (end < bottom || (tall && top == start))
    }

    /// A focusable row of `lines`: every one of them is its (a click on any lands on it).
    fn focusable(&mut self, target: ReviewFocus, lines: Vec<Line<'static>>) {
        let start = self.lines.len();
        for line in lines {
            self.rows.push((self.lines.len(), target));
            self.lines.push(line);
        }
        self.blocks.push((target, start, self.lines.len() - 1));
    }

    /// Extends the block of `target` to the last line laid out (what belongs to it).
    fn extend_block(&mut self, target: ReviewFocus) {
        let end = self.lines.len() - 1;
        if let Some(block) = self.blocks.iter_mut().find(|(f, _, _)| *f == target) {
            block.2 = end;
        }
    }

    /// A consent box with its whole label (wrapped: it is what is agreed to), then its text
    /// in full, wrapped under the label; less indented on a narrow screen, so that a box
    /// and all of its text fit the smallest screen in every language.
    fn consent(&mut self, ctx: &Ctx, width: usize, consent: ConsentBox) {
        let state = ctx.state;
        // Unticked by a change (language, subsidiary, plan, option): said just above the box
        // with the focus (else the first box), whose text is below it.
        let focused_box =
            ConsentBox::ALL.into_iter().find(|c| c.focus() == state.review.focus && state.shows_consent(*c));
        let here = focused_box.is_none_or(|c| c == consent);
        let notice = state.review.refusal.filter(|r| r.is_about_the_boxes());
        if let Some(notice) = notice.filter(|_| !self.boxes_notice && here) {
            let notice = ctx.t(notice.msgid());
            self.lines.extend(text::hanging(&format!("! {notice}"), width, ctx.theme.warning));
            self.boxes_notice = true;
        }
        let (focus, focused) = (consent.focus(), state.review.focus == consent.focus());
        let label = ctx.t(consent.label());
        self.focusable(focus, checkbox_lines(&ctx.theme, state.ticked(consent), focused, &label, width));
        let indent = if width < 70 { 4 } else { 6 };
        for paragraph in consent.paragraphs(state.lang) {
            for line in text::wrap(&paragraph, width.saturating_sub(indent)) {
                self.lines.push(Line::styled(format!("{}{line}", " ".repeat(indent)), ctx.theme.text));
            }
        }
        self.extend_block(focus);
    }
}

fn lay_out(ctx: &Ctx, width: usize) -> Laid {
    let mut laid = Laid { lines: text::earlier_lines(ctx, width), ..Laid::default() };
    laid.lines.extend(text::eligibility_lines(ctx, width));
    // A failure shows among the lines, so it scrolls with them and hides nothing.
    if let Some((slot, failure)) = visible_failure(ctx.state).filter(|(slot, _)| *slot != FailureSlot::Quote) {
        laid.lines.extend(text::error_lines(ctx, &ctx.t(slot.msgid()), &failure.error, failure.retryable, width));
        laid.lines.push(Line::default());
    }
    summary(ctx, width, &mut laid.lines);
    laid.lines.push(Line::default());
    quote(ctx, width, &mut laid);
    laid.lines.push(Line::default());
    choices(ctx, width, &mut laid);
    laid
}

/// Draws the review; returns what it shows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Viewport {
    let laid = lay_out(ctx, usize::from(area.width));
    let height = usize::from(area.height);
    let review = &ctx.state.review;
    let top = laid.top(review.focus, review.scroll, height);
    let last_top = laid.lines.len().saturating_sub(height);
    let shows_focus = laid.shows(review.focus, top, height);
    let Laid { lines, urls, .. } = laid;
    draw::scrolled(frame, area, lines, top);
    url::draw(frame.buffer_mut(), area, top, &urls, ctx.theme.link);
    scrolled::border_marks(frame.buffer_mut(), area, top > 0, top < last_top, &More::new(ctx));
    Viewport { view: ScrollView::Review, top, rows: height, last_top, shows_focus }
}

/// The focusable row drawn at screen row `y` of `area`, laid out and scrolled as `render` does.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<ReviewFocus> {
    let laid = lay_out(ctx, usize::from(area.width));
    let review = &ctx.state.review;
    let line = laid.top(review.focus, review.scroll, usize::from(area.height)) + usize::from(y.checked_sub(area.y)?);
    laid.rows.iter().find(|(l, _)| *l == line).map(|(_, focus)| *focus)
}

fn summary(ctx: &Ctx, width: usize, lines: &mut Vec<Line<'static>>) {
    let draft = &ctx.state.draft;
    let subsidiary =
        draft.subsidiary.map_or(String::new(), |s| format!("{} ({}, {})", ctx.country(s), s.code, s.currency));
    lines.extend(text::field_lines(ctx, &ctx.t(msgid!("review-subsidiary")), &subsidiary, width));
    let plan = draft.plan.as_ref().map_or(String::new(), |p| p.plan_code.clone());
    lines.extend(text::field_lines(ctx, &ctx.t(msgid!("review-plan")), &plan, width));
    let field = |label| ctx.t(PROJECT.configuration(label).field);
    let name = draft.name.clone().unwrap_or_default();
    lines.extend(text::field_lines(ctx, &field(ConfigLabel::Description), &name, width));
    let voucher = match &draft.voucher {
        Some(v) => match &v.credit {
            Some(credit) => format!("{} ({})", v.code, ctx.money(credit)),
            None => v.code.clone(),
        },
        None => ctx.t(msgid!("review-no-voucher")),
    };
    lines.extend(text::field_lines(ctx, &field(ConfigLabel::Voucher), &voucher, width));
    // Options only when some are wanted: a project without any reads as before.
    for option in &draft.options {
        let described = PROJECT.option(option.kind);
        lines.extend(text::field_lines(ctx, &ctx.t(msgid!("review-option")), &ctx.t(described.label), width));
    }
}

/// The quote, its contracts, the box accepting them and, for Italy, the clauses' box.
fn quote(ctx: &Ctx, width: usize, laid: &mut Laid) {
    let theme = &ctx.theme;
    let lines = &mut laid.lines;
    lines.push(Line::styled(ctx.t(msgid!("review-quote")), theme.title));
    let order = match &ctx.state.pipeline.quote {
        Remote::Ready(order) => order,
        Remote::Failed(failure) => {
            let what = ctx.t(msgid!("failed-quote"));
            lines.extend(text::error_lines(ctx, &what, &failure.error, failure.retryable, width));
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
    let screen_width = ctx.screen.width;
    // Each address under its contract when all fit inside the box; else only the focused
    // one's (over the borders), so that the list stays short enough to read with the
    // contracts' box (each address is also in its contract's window).
    let all_fit = order.contracts.iter().all(|c| text::width_of(&c.url) + 4 <= width);
    for (index, contract) in order.contracts.iter().enumerate() {
        let target = ReviewFocus::Contract(index);
        let focused = focus == target;
        let style = if focused { theme.focus } else { theme.text };
        let name = Line::from(vec![
            Span::styled(if focused { "> " } else { "  " }, theme.key),
            Span::styled(contract.name.clone(), style),
        ]);
        laid.focusable(target, vec![name]);
        // Its address on the lines under it, whole (they belong to the contract's row).
        if all_fit || focused {
            let area_width = u16::try_from(width).unwrap_or(u16::MAX);
            url::push(&mut laid.lines, &mut laid.urls, &contract.url, 4, area_width, screen_width);
            laid.extend_block(target);
        }
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

/// `label ........ price`, the price right-aligned at `width` and never cut: a label too
/// long for the line ends in `…` (what it says in full is on the review: the project's name).
pub(super) fn priced(ctx: &Ctx, label: &str, price: &str, width: usize) -> Line<'static> {
    let price_width = text::width_of(price);
    let label = draw::ellipsize(label, width.saturating_sub(price_width + 1)).into_owned();
    let gap = width.saturating_sub(text::width_of(&label) + price_width).max(1);
    Line::from(vec![
        Span::styled(label, ctx.theme.text),
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
    laid.lines.extend(text::field_lines(ctx, &ctx.t(msgid!("review-payment")), &payment, width));

    let auto_pay = ctx.t(msgid!("review-auto-pay"));
    let auto_pay = checkbox_lines(theme, state.draft.auto_pay, focus == ReviewFocus::AutoPay, &auto_pay, width);
    laid.focusable(ReviewFocus::AutoPay, auto_pay);
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
    laid.focusable(ReviewFocus::PlaceOrder, vec![button]);
    // Why it did nothing, under it (with it in sight).
    // The language notice is next to the boxes (`Laid::consent`), not here.
    if let Some(refusal) = state.review.refusal.filter(|r| !r.is_about_the_boxes()) {
        for line in text::wrap(&format!("✗ {}", ctx.t(refusal.msgid())), width) {
            laid.lines.push(Line::styled(line, theme.error));
        }
        laid.extend_block(ReviewFocus::PlaceOrder);
    }
}
