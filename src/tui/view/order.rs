//! Step 6: placing the order, then its delivery timeline until the project id is known.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::scrolled::{self, More};
use super::{Ctx, draw, text, url};
use crate::api::models::{FollowUpStatus, FollowUpStep};
use crate::app::OrderState;
use crate::app::labels;
use crate::app::state::{MaybePlaced, PlacedState, Stopped};
use crate::app::{ScrollView, Viewport};

/// Draws the step, scrolled where the person scrolled it; returns what it shows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Viewport {
    let theme = &ctx.theme;
    let width = usize::from(area.width);
    let mut urls = Vec::new();
    let lines = match &ctx.state.order {
        OrderState::NotPlaced | OrderState::Placing => vec![Line::from(vec![
            Span::styled(format!("{} ", text::spinner(ctx.state.spinner)), theme.key),
            Span::styled(ctx.t(msgid!("busy-placing")), theme.text),
        ])],
        OrderState::Failed(failure) => {
            let mut lines =
                text::error_lines(ctx, &ctx.t(msgid!("failed-checkout")), &failure.error, failure.retryable, width);
            lines.push(Line::default());
            let advice =
                if failure.retryable { msgid!("order-not-placed") } else { labels::maybe_placed(ctx.state.sandboxed) };
            lines.extend(text::wrap(&ctx.t(advice), width).into_iter().map(|l| Line::styled(l, theme.warning)));
            lines
        }
        OrderState::MaybePlaced(maybe) => maybe_placed_lines(ctx, maybe, width),
        OrderState::Placed(placed) => placed_lines(ctx, placed, width, &mut urls),
    };
    let height = usize::from(area.height);
    let last_top = lines.len().saturating_sub(height);
    let top = ctx.state.order_scroll.min(last_top);
    draw::scrolled(frame, area, lines, top);
    url::draw(frame.buffer_mut(), area, top, &urls, theme.link);
    scrolled::border_marks(frame.buffer_mut(), area, top > 0, top < last_top, &More::new(ctx));
    Viewport { view: ScrollView::Order, top, rows: height, last_top, shows_focus: true }
}

/// The checkout's outcome is unknown: what is known (the cart, the last check's answer),
/// and what ovhcart does next.
fn maybe_placed_lines(ctx: &Ctx, maybe: &MaybePlaced, width: usize) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    let mut lines = text::hanging(&format!("? {}", ctx.t(msgid!("order-unknown-title"))), width, theme.warning);
    lines.extend(
        text::wrap(&ctx.t(msgid!("order-unknown-text")), width).into_iter().map(|l| Line::styled(l, theme.text)),
    );
    lines.push(Line::default());
    lines.extend(text::field_lines(ctx, &ctx.t(msgid!("order-unknown-cart")), &maybe.cart_id, width));
    let none = ctx.t(msgid!("order-unknown-order-none"));
    lines.extend(text::field_lines(ctx, &ctx.t(msgid!("order-unknown-order")), &none, width));
    lines.push(Line::default());
    if maybe.checking {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", text::spinner(ctx.state.spinner)), theme.key),
            Span::styled(ctx.t(msgid!("order-unknown-checking")), theme.text),
        ]));
    } else if let Some(error) = &maybe.error {
        // The server's words and query id, without the generic "try again" advice: what to
        // do here is said below, once.
        let mut why = text::error_lines(ctx, &ctx.t(msgid!("order-unknown-why")), error, false, width);
        let hint = text::wrap(&ctx.t(crate::app::labels::error_hint(error.kind)), width.saturating_sub(2)).len();
        why.truncate(why.len().saturating_sub(hint));
        lines.extend(why);
    }
    lines.push(Line::default());
    let next =
        if maybe.earlier_run.is_some() { msgid!("order-unknown-next-earlier") } else { msgid!("order-unknown-next") };
    lines.extend(text::wrap(&ctx.t(next), width).into_iter().map(|l| Line::styled(l, theme.warning)));
    lines
}

fn placed_lines(ctx: &Ctx, placed: &PlacedState, width: usize, urls: &mut Vec<url::Placed>) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    let order = &placed.order;
    let id = order.order_id.to_string();
    let mut lines =
        text::hanging(&format!("✓ {}", ctx.ta(msgid!("order-placed"), &[("id", &id)])), width, theme.success);
    lines.extend(text::field_lines(ctx, &ctx.t(msgid!("review-with-tax")), &ctx.money(&order.prices.with_tax), width));
    if let Some(address) = &order.url {
        // The page's address on a line of its own, whole.
        lines.push(Line::styled(format!("{}:", ctx.t(msgid!("order-url"))), theme.dim));
        let area_width = u16::try_from(width).unwrap_or(u16::MAX);
        url::push(&mut lines, urls, address, 2, area_width, ctx.screen.width);
    }
    let paid = if placed.is_paid() { msgid!("order-paid") } else { msgid!("order-not-paid") };
    lines.extend(text::wrap(&ctx.t(paid), width).into_iter().map(|l| Line::styled(l, theme.text)));
    if let Some(error) = &order.payment_error {
        lines.extend(text::error_lines(ctx, &ctx.t(msgid!("cli-failed-pay")), error, false, width));
    }
    if order.reconciled {
        lines.extend(
            text::wrap(&ctx.t(msgid!("order-reconciled")), width).into_iter().map(|l| Line::styled(l, theme.warning)),
        );
    }
    if let Some(status) = placed.status {
        lines.extend(text::field_lines(
            ctx,
            &ctx.t(msgid!("order-status")),
            &ctx.t(labels::order_status(status)),
            width,
        ));
    }
    lines.push(Line::default());
    for step in [FollowUpStep::Validating, FollowUpStep::Validated, FollowUpStep::Delivering, FollowUpStep::Available] {
        let entry = placed.follow_up.iter().find(|f| f.step == step);
        let status = entry.map_or(FollowUpStatus::Todo, |f| f.status);
        let (mark, style) = match status {
            FollowUpStatus::Done => ("✓", theme.success),
            FollowUpStatus::Doing => ("▶", theme.key),
            FollowUpStatus::Error => ("✗", theme.error),
            FollowUpStatus::Todo | FollowUpStatus::Unknown => ("·", theme.dim),
        };
        let mut spans =
            vec![Span::styled(format!("  {mark} "), style), Span::styled(ctx.t(labels::follow_up_step(step)), style)];
        if let Some(event) = entry.and_then(|f| f.history.last()) {
            spans.push(Span::styled(format!("  {} {}", ctx.date(&event.date), event.label), theme.dim));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    if let Some(stopped) = &placed.stopped {
        lines.extend(stopped_lines(ctx, stopped, &id, width));
    }
    match (&placed.project_id, &placed.follow_failure) {
        _ if placed.stopped.is_some() => {}
        (Some(project), _) => {
            let delivered = format!("✓ {}", ctx.ta(msgid!("order-delivered"), &[("project", project)]));
            lines.extend(text::hanging(&delivered, width, theme.success));
        }
        (None, Some(failure)) => {
            lines.extend(text::error_lines(ctx, &ctx.t(msgid!("failed-follow")), &failure.error, true, width))
        }
        (None, None) => {
            let later = labels::follow_later(ctx.state.sandboxed);
            lines.extend(
                text::wrap(&ctx.ta(later, &[("id", &id)]), width).into_iter().map(|l| Line::styled(l, theme.dim)),
            );
        }
    }
    match &placed.receipt {
        Some(Ok(path)) => {
            lines.extend(text::hanging(&ctx.ta(msgid!("order-receipt"), &[("path", path)]), width, theme.dim))
        }
        Some(Err(error)) => {
            let failed = format!("✗ {}", ctx.ta(msgid!("order-receipt-failed"), &[("error", error)]));
            lines.extend(text::hanging(&failed, width, theme.error));
        }
        None => {}
    }
    lines
}

/// What holds or refused the order, what the person can do and where.
fn stopped_lines(ctx: &Ctx, stopped: &Stopped, id: &str, width: usize) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    match stopped {
        Stopped::Held { held, control_panel } => {
            let text = ctx.ta(labels::held(*held, ctx.state.sandboxed), &[("id", id), ("url", control_panel)]);
            text::wrap(&text, width).into_iter().map(|l| Line::styled(l, theme.warning)).collect()
        }
        Stopped::Refused { error, control_panel } => {
            let what = ctx.ta(msgid!("order-refused"), &[("id", id), ("url", control_panel)]);
            text::error_lines(ctx, &what, error, false, width)
        }
    }
}
