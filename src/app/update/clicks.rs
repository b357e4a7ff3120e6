//! Mouse clicks: a click selects what it lands on, as the arrow keys would. A checkbox is
//! toggled only by a click on its own row (never the waiver or an option by a click
//! elsewhere), and the
//! order button is only focused: placing still takes Enter and the confirmation.

use crate::app::msg::Click;
use crate::app::screens::{ReviewFocus, ReviewScreen};
use crate::app::state::{State, Step};

pub fn on_click(state: &mut State, click: Click) {
    // Windows over the step take every key; clicks behind them do nothing.
    if state.overlay.is_some() {
        return;
    }
    match (state.step, click) {
        (Step::Subsidiary, Click::Subsidiary(index)) => {
            if let Some(subsidiary) = state.filtered_subsidiaries().get(index) {
                state.subsidiary_screen.highlighted = Some(subsidiary.code);
                state.subsidiary_screen.settled = true;
            }
        }
        (Step::Plan, Click::Plan(index)) if index < state.offers().len() => state.plan_cursor = index,
        (Step::Plan, Click::PlanOption(kind)) => super::keys::toggle_option(state, kind),
        (Step::Review, Click::Review(target)) => {
            let contracts = state.quote().map_or(0, |quote| quote.contracts.len());
            if !ReviewScreen::focus_order(contracts).contains(&target) {
                return;
            }
            state.review.focus = target;
            match target {
                ReviewFocus::AutoPay => state.draft.auto_pay = !state.draft.auto_pay,
                ReviewFocus::Waiver => {
                    state.draft.waiver = !state.draft.waiver;
                    state.review.refusal = None;
                }
                ReviewFocus::Contract(_) | ReviewFocus::PlaceOrder => {}
            }
        }
        _ => {}
    }
}
