//! The web address a screen shows, which `o` opens in the browser and `y` copies: the one
//! the person has in front of them, or has focused when there are several.

use super::keymap::{self, Context};
use super::screens::ReviewFocus;
use super::state::{OrderState, Overlay, State, Stopped};

/// The address the current screen or overlay offers to open or copy, if any. Only web
/// addresses (`http`, `https`) are offered: an address from the API is never handed to the
/// system as anything else.
pub fn shown_url(state: &State) -> Option<String> {
    let url = match keymap::context(state) {
        Context::OnboardKeys | Context::OnboardWaiting => state.onboarding.as_ref().and_then(|o| o.qr_url()),
        Context::Contract => match state.overlay {
            Some(Overlay::Contract { index, .. }) => contract_url(state, index),
            _ => None,
        },
        Context::Review => match state.review.focus {
            ReviewFocus::Contract(index) => contract_url(state, index),
            _ => control_panel(state),
        },
        Context::Name => control_panel(state),
        Context::OrderFollowing | Context::OrderDone => match &state.order {
            OrderState::Placed(placed) => match &placed.stopped {
                // Held or refused: what to do is done in the Control Panel.
                Some(Stopped::Held { control_panel, .. } | Stopped::Refused { control_panel, .. }) => {
                    Some(control_panel.clone())
                }
                None => placed.order.url.clone(),
            },
            _ => None,
        },
        _ => None,
    };
    url.filter(|url| is_web_address(url))
}

/// An address a browser may be given: `http` or `https`, nothing blank or invisible in it.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && url.len() > "http://".len()
        && !url.chars().any(|c| c.is_whitespace() || c.is_control() || crate::clean::obeyed(c))
}

fn contract_url(state: &State, index: usize) -> Option<String> {
    state.quote()?.contracts.get(index).map(|contract| contract.url.clone())
}

/// The Control Panel, when the account must act there before it may order.
fn control_panel(state: &State) -> Option<String> {
    state.eligibility_block().map(|(_, panel)| panel.to_owned())
}
