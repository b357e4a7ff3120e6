//! Which failed request the current screen shows, and can retry.

use super::state::{Failure, OrderState, State, Step};

/// A request whose failure is kept in the state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FailureSlot {
    Account,
    Cart,
    Item,
    Description,
    Voucher,
    Options,
    VoucherCheck,
    Quote,
    Checkout,
    Follow,
}

impl FailureSlot {
    /// What the failed request was doing, for the error's title.
    pub fn msgid(self) -> &'static str {
        match self {
            FailureSlot::Account => msgid!("failed-account"),
            FailureSlot::Cart => msgid!("failed-cart"),
            FailureSlot::Item => msgid!("failed-item"),
            FailureSlot::Description => msgid!("failed-description"),
            FailureSlot::Voucher => msgid!("failed-voucher"),
            FailureSlot::Options => msgid!("failed-option"),
            FailureSlot::VoucherCheck => msgid!("failed-voucher-check"),
            FailureSlot::Quote => msgid!("failed-quote"),
            FailureSlot::Checkout => msgid!("failed-checkout"),
            FailureSlot::Follow => msgid!("failed-follow"),
        }
    }
}

/// The failure in `slot`, if that request failed.
pub fn failure(state: &State, slot: FailureSlot) -> Option<&Failure> {
    let p = &state.pipeline;
    match slot {
        FailureSlot::Account => state.account.failure(),
        FailureSlot::Cart => p.cart.failure(),
        FailureSlot::Item => p.item.failure(),
        FailureSlot::Description => p.description.failure.as_ref(),
        FailureSlot::Voucher => p.voucher.failure.as_ref(),
        FailureSlot::Options => p.options.failure.as_ref(),
        FailureSlot::VoucherCheck => state.voucher_screen.failure.as_ref().map(|(_, failure)| failure),
        FailureSlot::Quote => p.quote.failure(),
        FailureSlot::Checkout => match &state.order {
            OrderState::Failed(failure) => Some(failure),
            _ => None,
        },
        FailureSlot::Follow => match &state.order {
            OrderState::Placed(placed) => placed.follow_failure.as_ref(),
            _ => None,
        },
    }
}

/// The slots each step cares about, most pressing first.
fn slots(step: Step) -> &'static [FailureSlot] {
    use FailureSlot::*;
    match step {
        Step::Subsidiary => &[Cart, Account],
        Step::Plan => &[Cart, Item, Options],
        Step::Name => &[Cart, Item, Options, Description],
        Step::Voucher => &[VoucherCheck, Cart, Item, Options, Description, Voucher],
        Step::Review => &[Cart, Item, Options, Description, Voucher, Quote, Account],
        Step::Order => &[Checkout, Follow],
    }
}

/// The failure the current step shows (and `retry` retries).
pub fn visible_failure(state: &State) -> Option<(FailureSlot, &Failure)> {
    slots(state.step).iter().find_map(|slot| failure(state, *slot).map(|failure| (*slot, failure)))
}
