//! What the state is busy with: one answer for the full screen's spinner and the plain
//! wizard's "working" line.

use super::onboarding::Page;
use super::requests::ReqKind;
use super::{OrderState, State};

impl State {
    /// What the state is waiting for, most relevant first, as the message id the spinner
    /// (or the plain wizard's "working" line) shows; `None` when nothing is pending.
    pub fn busy(&self) -> Option<&'static str> {
        let (state, p) = (self, &self.pipeline);
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
        } else if p.options.sending.is_some() {
            Some(msgid!("busy-option"))
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
}
