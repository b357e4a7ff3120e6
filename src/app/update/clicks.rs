//! Mouse clicks: a click selects what it lands on, as the arrow keys would. A checkbox is
//! toggled only by a click on its own row (never the waiver or an option by a click
//! elsewhere), and the order button is only focused: placing still takes Enter and the
//! confirmation.

use super::{review, steps};
use crate::app::msg::Click;
use crate::app::state::{State, Step};

pub fn on_click(state: &mut State, click: Click) {
    // Windows over the step take every key; clicks behind them do nothing.
    if state.overlay.is_some() {
        return;
    }
    match (state.step, click) {
        (Step::Subsidiary, Click::Subsidiary(index)) => steps::highlight_subsidiary(state, index),
        (Step::Plan, Click::Plan(index)) => steps::highlight_plan(state, index),
        (Step::Plan, Click::PlanOption(kind)) => steps::toggle_option(state, kind),
        (Step::Review, Click::Review(target)) if review::shows(state, target) => {
            review::set_focus(state, target);
            review::toggle(state);
        }
        _ => {}
    }
}
