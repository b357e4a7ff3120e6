//! Step 2: the Public Cloud offers of the cart, with the renewal price and what is billed
//! on consumption, and the box of each option the highlighted plan sells (ticked only by
//! Space or a click on its row), or a word that it is not sold.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::scrolled::{self, More};
use super::widgets::checkbox::checkbox;
use super::widgets::rows;
use super::{Ctx, draw, text};
use crate::api::models::{ProductOffer, ProductPricing};
use crate::api::products::{OptionKind, PROJECT};
use crate::app::Remote;
use crate::app::{ScrollView, Viewport};
use ratatui::style::Style;

/// Draws the step; returns what its list shows.
pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<Viewport> {
    let theme = &ctx.theme;
    let state = ctx.state;
    let intro = intro(ctx);
    let [intro_area, list_area, options_area, details_area] = areas(ctx, area);
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

    draw::wrapped(frame, options_area, option_lines(ctx, usize::from(options_area.width)));
    let offer = &offers[state.plan_cursor.min(offers.len() - 1)];
    let mut lines = details(ctx, offer, usize::from(details_area.width));
    if let Some(refusal) = state.plan_refusal {
        lines.push(Line::default());
        lines.push(Line::styled(format!("✗ {}", ctx.t(refusal)), theme.error));
    }
    draw::wrapped(frame, details_area, lines);
    Some(window.viewport(ScrollView::Plans, offers.len()))
}

/// The intro (as many lines as it wraps to, and a blank one), the offers, the options, the
/// highlighted offer's details.
fn areas(ctx: &Ctx, area: Rect) -> [Rect; 4] {
    let intro = u16::try_from(text::wrap(&intro(ctx), usize::from(area.width)).len() + 1).unwrap_or(u16::MAX);
    let rows = u16::try_from(ctx.state.offers().len().clamp(1, 6)).unwrap_or(6) + 1;
    let options = u16::try_from(option_lines(ctx, usize::from(area.width)).len()).unwrap_or(0);
    Layout::vertical([
        Constraint::Length(intro),
        Constraint::Length(rows),
        Constraint::Length(options),
        Constraint::Min(0),
    ])
    .areas(area)
}

fn intro(ctx: &Ctx) -> String {
    let subsidiary = ctx.state.draft.subsidiary.map_or(String::new(), |s| format!("{} ({})", ctx.country(s), s.code));
    ctx.ta(msgid!("plan-intro"), &[("subsidiary", &subsidiary)])
}

/// The options of the highlighted plan: a box and its explanation (one line, wrapped under
/// the box's label when narrow) for each one sold, a word for each one not sold, nothing
/// while they are unknown. Laid out for `width`, so that nothing wraps again.
fn option_lines(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let state = ctx.state;
    if state.highlighted_options().is_none() {
        return Vec::new();
    }
    let mut lines = Vec::new();
    for option in PROJECT.options {
        match state.option_offer(option.kind) {
            Some(offer) => {
                let price = renew(&offer.offer).map_or_else(|| ctx.t(msgid!("plan-no-renew")), |p| price_text(ctx, p));
                // The price is never cut: the option's name gives way (`[ ] ` and the mark take 6).
                let room = width.saturating_sub(6 + text::width_of(&price) + 5);
                let label = format!("{}  ·  {price}", draw::ellipsize(&ctx.t(option.label), room));
                lines.push(checkbox(&ctx.theme, state.wants_option(option.kind), false, &label));
                for line in text::wrap(&ctx.t(option.explanation), width.saturating_sub(6)) {
                    lines.push(Line::styled(format!("      {line}"), ctx.theme.dim));
                }
            }
            None => {
                for line in text::wrap(&ctx.t(option.not_sold), width.saturating_sub(2)) {
                    lines.push(Line::styled(format!("  {line}"), ctx.theme.dim));
                }
            }
        }
    }
    lines.push(Line::default());
    lines
}

/// The option whose box is drawn at screen row `y`, once the offers are listed.
pub fn option_at(ctx: &Ctx, area: Rect, y: u16) -> Option<OptionKind> {
    if ctx.state.pipeline.cart.ready().is_none() || ctx.state.offers().is_empty() {
        return None;
    }
    let [_, _, options, _] = areas(ctx, area);
    let row = usize::from(y.checked_sub(options.y)?);
    ctx.state.highlighted_options()?;
    // Each sold option takes its box's line, then its explanation's; one not sold, its word's.
    let width = usize::from(options.width);
    let mut line = 0;
    for option in PROJECT.options {
        let sold = ctx.state.option_offer(option.kind).is_some();
        if sold && row == line {
            return Some(option.kind);
        }
        let (text, indent) = if sold { (option.explanation, 6) } else { (option.not_sold, 2) };
        line += usize::from(sold) + text::wrap(&ctx.t(text), width.saturating_sub(indent)).len();
    }
    None
}

/// The index of the offer drawn at screen row `y`, once the offers are listed.
pub fn row_at(ctx: &Ctx, area: Rect, y: u16) -> Option<usize> {
    let state = ctx.state;
    let count = state.offers().len();
    if state.pipeline.cart.ready().is_none() || count == 0 {
        return None;
    }
    let [_, list, _, _] = areas(ctx, area);
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
