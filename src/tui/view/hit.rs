//! Hit-testing for mouse clicks: what is drawn at a cell, found with the very layout
//! functions the view draws with, so a click lands on what the person sees. Pure, like
//! the view: `&State` and the screen size in, a `Click` out.

use ratatui::layout::{Position, Rect};

use super::{Ctx, MIN_HEIGHT, MIN_WIDTH, areas, content_area, plan, review, subsidiary, text};
use crate::app::{Click, State, Step};
use crate::tui::theme::Theme;

/// What a click at `(x, y)` on a screen of `area` lands on, if anything clickable.
pub fn click(state: &State, area: Rect, x: u16, y: u16) -> Option<Click> {
    // The cart browser and onboarding draw over the step: nothing of the step is under the pointer.
    if state.overlay.is_some()
        || state.onboarding.is_some()
        || state.browser.page.is_some()
        || area.width < MIN_WIDTH
        || area.height < MIN_HEIGHT
    {
        return None;
    }
    let ctx = Ctx { state, theme: Theme::for_display(state.display), screen: area };
    let [_, body_area, _] = areas(area);
    let (content, _) = text::failure_split(&ctx, content_area(body_area));
    if !content.contains(Position { x, y }) {
        return None;
    }
    match state.step {
        Step::Subsidiary => subsidiary::row_at(&ctx, content, y).map(Click::Subsidiary),
        Step::Plan => plan::row_at(&ctx, content, y)
            .map(Click::Plan)
            .or_else(|| plan::option_at(&ctx, content, y).map(Click::PlanOption)),
        Step::Review => review::row_at(&ctx, content, y).map(Click::Review),
        Step::Name | Step::Voucher | Step::Order => None,
    }
}
