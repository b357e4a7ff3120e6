//! The questions: keep or delete the cart on quitting, place the order now, and delete a
//! cart, an item or a configuration from the cart browser.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{Ctx, key_line, window};
use crate::app::carts::Deletion;
use crate::app::keymap::{self, Context};
use crate::tui::view::draw;

pub fn quit(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let cart = ctx.state.cart_id().unwrap_or_default();
    let text = ctx.ta(msgid!("confirm-quit-text"), &[("cart", cart)]);
    let bindings: Vec<_> = keymap::bindings(Context::ConfirmQuit).iter().take(3).copied().collect();
    let keys = bindings.iter().map(|b| key_line(ctx, std::slice::from_ref(b))).collect();
    show(ctx, frame, area, &ctx.t(msgid!("confirm-quit-title")), &text, keys);
}

pub fn order(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let total = ctx.state.quote().map_or(String::new(), |q| ctx.money(&q.prices.with_tax));
    let text = ctx.ta(msgid!("confirm-order-text"), &[("total", &total)]);
    let bindings: Vec<_> = keymap::bindings(Context::ConfirmOrder).iter().take(2).copied().collect();
    show(ctx, frame, area, &ctx.t(msgid!("confirm-order-title")), &text, vec![key_line(ctx, &bindings)]);
}

/// Delete a cart, an item or a configuration? Says exactly which, and that it cannot be undone.
pub fn delete(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let Some(deletion) = &ctx.state.browser.deletion else { return };
    let (title, text) = match deletion {
        Deletion::Cart { cart_id } => {
            (msgid!("confirm-delete-cart-title"), ctx.ta(msgid!("confirm-delete-cart-text"), &[("cart", cart_id)]))
        }
        Deletion::Item { cart_id, item_id } => (
            msgid!("confirm-delete-item-title"),
            ctx.ta(msgid!("confirm-delete-item-text"), &[("item", &item_id.to_string()), ("cart", cart_id)]),
        ),
        Deletion::Configuration { cart_id, label, .. } => (
            msgid!("confirm-delete-configuration-title"),
            ctx.ta(msgid!("confirm-delete-configuration-text"), &[("label", label), ("cart", cart_id)]),
        ),
    };
    let bindings: Vec<_> = keymap::bindings(Context::ConfirmDelete).iter().take(2).copied().collect();
    show(ctx, frame, area, &ctx.t(title), &text, vec![key_line(ctx, &bindings)]);
}

fn show(ctx: &Ctx, frame: &mut Frame, area: Rect, title: &str, text: &str, keys: Vec<Line<'static>>) {
    let width = 58.min(area.width);
    let lines = super::super::text::wrap(text, usize::from(width.saturating_sub(4)));
    let height = u16::try_from(lines.len() + keys.len() + 4).unwrap_or(u16::MAX);
    let inner = window(ctx, frame, area, width, height, title);
    let mut content: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, ctx.theme.text)).collect();
    content.push(Line::default());
    content.extend(keys);
    draw::wrapped(frame, inner, content);
}
