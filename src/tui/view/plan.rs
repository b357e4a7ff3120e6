//! Step 2: the Public Cloud offers of the cart, with the renewal price and what is billed
//! on consumption.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::scrolled::{self, More};
use super::widgets::rows;
use super::{Ctx, draw, text};
use crate::api::models::{ProductOffer, ProductPricing};
use crate::app::Remote;
use crate::app::{ScrollView, Viewport};
use ratatui::style::Style;

/// Draws the step; returns what its list shows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    let theme = &ctx.theme;
    let state = ctx.state;
    let subsidiary = state.draft.subsidiary.map_or(String::new(), |s| format!("{} ({})", s.country, s.code));
    let intro = ctx.ta(msgid!("plan-intro"), &[("subsidiary", &subsidiary)]);
    let [intro_area, list_area, details_area] = areas(ctx, area);
    draw::text(frame, intro_area, &intro, theme.text);

    match &state.pipeline.cart {
        Remote::Loading | Remote::Idle => {
            let line = Line::from(vec![
                Span::styled(format!("{} ", text::spinner(state.spinner)), theme.key),
                Span::styled(ctx.t(msgid!("plan-loading")), theme.dim),
            ]);
            frame.render_widget(line, list_area);
            return None;
        }
        Remote::Failed(_) => return None,
        Remote::Ready(_) => {}
    }
    let offers = state.offers();
    if offers.is_empty() {
        draw::text(frame, list_area, &ctx.t(msgid!("plan-no-offers")), theme.warning);
        return None;
    }
    let chosen = state.draft.plan.as_ref().map(|p| p.plan_code.as_str());
    // The name and plan code give way (ending in `…`, the whole shown below); the price never.
    let items: Vec<(String, String)> = offers
        .iter()
        .map(|offer| {
            let price = renew(offer).map_or_else(|| ctx.t(msgid!("plan-no-renew")), |p| price_text(ctx, p));
            let mark = if chosen == Some(offer.plan_code.as_str()) { "✓ " } else { "" };
            (format!("{mark}{}  ·  {}", offer.product_name, offer.plan_code), price)
        })
        .collect();
    let selected = Some(state.plan_cursor.min(offers.len() - 1));
    let more = More::new(ctx);
    let window =
        rows::draw(frame.buffer_mut(), list_area, items.len(), selected, theme.focus, &more, |buf, index, place| {
            let (label, price) = &items[index];
            let price_width = u16::try_from(text::width_of(price)).unwrap_or(u16::MAX).min(place.width);
            let room = place.width.saturating_sub(price_width + 2);
            let label = draw::ellipsize(label, usize::from(room));
            draw::put(buf, place.x, place.y, &label, room, Style::default());
            draw::put(buf, place.right() - price_width, place.y, price, price_width, Style::default());
        });

    let offer = &offers[state.plan_cursor.min(offers.len() - 1)];
    let mut lines = details(ctx, offer, usize::from(details_area.width));
    if let Some(refusal) = state.plan_refusal {
        lines.push(Line::default());
        lines.push(Line::styled(format!("✗ {}", ctx.t(refusal)), theme.error));
    }
    draw::wrapped(frame, details_area, lines);
    Some(window.viewport(ScrollView::Plans, offers.len()))
}

fn areas(ctx: &Ctx, area: Rect) -> [Rect; 3] {
    let rows = u16::try_from(ctx.state.offers().len().clamp(1, 6)).unwrap_or(6) + 1;
    Layout::vertical([Constraint::Length(3), Constraint::Length(rows), Constraint::Min(0)]).areas(area)
}

/// The index of the offer drawn at screen row `y`, once the offers are listed.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<usize> {
    let state = ctx.state;
    let count = state.offers().len();
    if state.pipeline.cart.ready().is_none() || count == 0 {
        return None;
    }
    let [_, list, _] = areas(ctx, area);
    let window = scrolled::list(count, state.plan_cursor, usize::from(list.height));
    window.row_at(usize::from(y.checked_sub(list.y)?))
}

fn renew(offer: &ProductOffer) -> Option<&ProductPricing> {
    offer.prices.iter().find(|p| p.has_capacity("renew"))
}

fn is_consumption(pricing: &ProductPricing) -> bool {
    pricing.has_capacity("consumption") || pricing.pricing_type == "consumption"
}

/// `0.00 € per month`: the API's own formatting of the amount when it sent one.
fn price_text(ctx: &Ctx, pricing: &ProductPricing) -> String {
    format!("{} {}", ctx.money(&pricing.price), ctx.period(&pricing.duration))
}

fn details(ctx: &Ctx, offer: &ProductOffer, width: usize) -> Vec<Line<'static>> {
    let theme = &ctx.theme;
    let mut lines = vec![Line::styled(offer.product_name.clone(), theme.title)];
    lines.push(text::field(ctx, &ctx.t(msgid!("plan-code")), offer.plan_code.clone()));
    match renew(offer) {
        Some(pricing) => {
            lines.push(text::field(ctx, &ctx.t(msgid!("plan-renew")), price_text(ctx, pricing)));
            lines.push(text::field(ctx, &ctx.t(msgid!("plan-pricing-mode")), pricing.pricing_mode.clone()));
        }
        None => lines.push(Line::styled(ctx.t(msgid!("plan-no-renew")), theme.warning)),
    }
    lines.push(Line::default());
    lines.push(Line::styled(ctx.t(msgid!("plan-consumption-title")), theme.dim));
    let consumption: Vec<_> = offer.prices.iter().filter(|p| is_consumption(p)).collect();
    if consumption.is_empty() {
        lines.push(Line::styled(format!("  {}", ctx.t(msgid!("plan-consumption-none"))), theme.text));
    }
    for pricing in consumption {
        let text = format!("• {}", pricing.description);
        for line in text::wrap(&text, width.saturating_sub(2)) {
            lines.push(Line::styled(format!("  {line}"), theme.text));
        }
    }
    lines
}
