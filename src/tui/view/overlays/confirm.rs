//! The two questions: keep or delete the cart on quitting, and place the order now.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::{Ctx, key_line, window};
use crate::app::keymap::{self, Context};

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

fn show(ctx: &Ctx, frame: &mut Frame, area: Rect, title: &str, text: &str, keys: Vec<Line<'static>>) {
    let width = 58.min(area.width);
    let lines = super::super::text::wrap(text, usize::from(width.saturating_sub(4)));
    let height = u16::try_from(lines.len() + keys.len() + 4).unwrap_or(u16::MAX);
    let inner = window(ctx, frame, area, width, height, title);
    let mut content: Vec<Line> = lines.into_iter().map(|l| Line::styled(l, ctx.theme.text)).collect();
    content.push(Line::default());
    content.extend(keys);
    frame.render_widget(Paragraph::new(content).wrap(Wrap { trim: false }), inner);
}
