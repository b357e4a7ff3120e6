//! Two lines: what is going on (spinner while busy), then the keys that work now, taken
//! from the keymap that interprets them.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{Ctx, draw, text};
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::{self, Action, Binding};
use crate::app::onboarding::Page;
use crate::app::requests::ReqKind;
use crate::app::{OrderState, State};

pub fn render(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let theme = &ctx.theme;
    let status = match busy_msgid(ctx.state) {
        Some(key) => {
            let mut spans = vec![
                Span::styled(format!(" {} ", text::spinner(ctx.state.spinner)), theme.key),
                Span::styled(ctx.t(key), theme.dim),
            ];
            if let Some(attempt) = ctx.state.retrying {
                let retrying = ctx.ta(msgid!("busy-retrying"), &[("attempt", &attempt.to_string())]);
                spans.push(Span::styled(format!(" · {retrying}"), theme.warning));
            }
            Line::from(spans)
        }
        None => Line::default(),
    };
    let mut bindings = keymap::footer(ctx.state);
    // Too narrow for all: drop from the end, but help and quit always stay.
    let width = |bindings: &[&Binding]| -> usize {
        bindings.iter().map(|b| b.label.width() + 1 + ctx.t(b.hint).width() + 3).sum::<usize>() + 1
    };
    while width(&bindings) > usize::from(area.width) {
        let Some(index) = bindings.iter().rposition(|b| !matches!(b.action, Action::Help | Action::Quit)) else {
            break;
        };
        bindings.remove(index);
    }
    let mut hints = vec![Span::raw(" ")];
    for (index, binding) in bindings.into_iter().enumerate() {
        if index > 0 {
            hints.push(Span::styled(" · ", theme.dim));
        }
        hints.push(Span::styled(binding.label, theme.key));
        hints.push(Span::styled(format!(" {}", ctx.t(binding.hint)), theme.dim));
    }
    draw::plain(frame, area, vec![status, Line::from(hints)]);
}

/// What the spinner is waiting for, most relevant first.
pub(crate) fn busy_msgid(state: &State) -> Option<&'static str> {
    let p = &state.pipeline;
    if let Some(onboarding) = &state.onboarding {
        return match onboarding.page {
            Page::Requesting => Some(msgid!("busy-requesting-access")),
            Page::Waiting => Some(msgid!("busy-validation")),
            Page::Saving => Some(msgid!("busy-saving-keys")),
            Page::Endpoint | Page::Keys | Page::Saved => None,
        };
    }
    if state.order == OrderState::Placing {
        Some(msgid!("busy-placing"))
    } else if state.is_following() {
        Some(msgid!("busy-following"))
    } else if state.voucher_screen.checking.is_some() {
        Some(msgid!("busy-voucher"))
    } else if p.cart.is_loading() {
        Some(msgid!("busy-cart"))
    } else if p.item.is_loading() {
        Some(msgid!("busy-item"))
    } else if p.description.sending.is_some() || p.voucher.sending.is_some() {
        Some(msgid!("busy-config"))
    } else if p.quote.is_loading() {
        Some(msgid!("busy-quote"))
    } else if state.browser.deleting {
        Some(msgid!("busy-deleting"))
    } else if state.browser.is_open()
        && (state.requests.is_pending(ReqKind::CartList) || state.requests.is_pending(ReqKind::CartDetail))
    {
        Some(msgid!("busy-carts"))
    } else if state.account.is_loading() {
        Some(msgid!("busy-account"))
    } else {
        None
    }
}
