//! Step 4: an optional voucher, checked before it is attached.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, draw, text};
use crate::api::models::voucher_error_code;
use crate::app::labels;

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let state = ctx.state;
    let screen = &state.voucher_screen;
    let width = usize::from(area.width);
    let below_area = super::field::render(
        ctx,
        frame,
        area,
        &ctx.t(msgid!("voucher-intro")),
        &ctx.t(msgid!("voucher-label")),
        &screen.field,
    );

    let mut below = text::pasted_note(ctx, width);
    if let Some(code) = &screen.checking {
        below.push(Line::from(vec![
            Span::styled(format!("{} ", text::spinner(state.spinner)), theme.key),
            Span::styled(ctx.ta(msgid!("voucher-checking"), &[("code", code)]), theme.dim),
        ]));
    } else if let Some(error) = screen.input_error {
        below.push(Line::styled(format!("✗ {}", ctx.t(error.msgid())), theme.error));
    } else if let Some(refusal) = &screen.refusal {
        let refused = ctx.ta(msgid!("voucher-refused"), &[("code", &refusal.code), ("message", &refusal.message)]);
        below.extend(text::hanging(&format!("✗ {refused}"), width, theme.error));
        if let Some(code) = voucher_error_code(&refusal.message) {
            below.extend(text::indented(&ctx.t(labels::voucher_refusal(code)), width, theme.text));
        }
        if let Some(id) = &refusal.query_id {
            below.extend(text::indented(&ctx.ta(msgid!("error-query-id"), &[("id", id)]), width, theme.dim));
        }
        below.extend(text::indented(&ctx.t(msgid!("voucher-fix")), width, theme.text));
    }
    if let Some(voucher) = &state.draft.voucher {
        let text = match &voucher.credit {
            Some(credit) => {
                ctx.ta(msgid!("voucher-attached"), &[("code", &voucher.code), ("credit", &ctx.money(credit))])
            }
            None => ctx.ta(msgid!("voucher-attached-no-credit"), &[("code", &voucher.code)]),
        };
        below.push(Line::styled(format!("✓ {text}"), theme.success));
    }
    draw::wrapped(frame, below_area, below);
}
