//! Scrolling. The core has no layout: what a scrolled view holds (how many rows show, how
//! far it can go, whether the focused row is in sight) is reported by the full screen after
//! it draws, as the terminal's size is ([`Msg::Viewport`](super::Msg::Viewport)). The keys
//! that scroll read it; without a report (plain, or before the first frame) they use a page
//! of [`DEFAULT_PAGE`] rows and the view keeps the result within bounds.

use super::keymap::Action;
use super::state::State;

/// The rows a page key moves by before the screen has said how many show.
pub const DEFAULT_PAGE: usize = 10;
/// The rows a notch of the mouse wheel scrolls a text by.
pub const WHEEL_ROWS: usize = 3;

/// A view that scrolls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScrollView {
    Subsidiaries,
    Plans,
    Review,
    Carts,
    CartDetail,
    Contract,
    Help,
    Endpoints,
    /// The order step's text.
    Order,
}

/// What a scrolled view showed when last drawn, in its own unit (rows of a list or of the
/// review, lines of a contract).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    pub view: ScrollView,
    /// The first row shown.
    pub top: usize,
    /// How many rows show.
    pub rows: usize,
    /// The furthest `top` that still shows something new: the last page's first row.
    pub last_top: usize,
    /// The focused row (with what must be read before ticking it) is in sight. Always true
    /// where nothing has the focus.
    pub shows_focus: bool,
}

impl Viewport {
    /// More rows above the first one shown.
    pub fn more_above(&self) -> bool {
        self.top > 0
    }

    /// More rows below the last one shown.
    pub fn more_below(&self) -> bool {
        self.top < self.last_top
    }
}

impl State {
    /// The last report of `view`, if it is what the screen showed last.
    pub fn viewport(&self, view: ScrollView) -> Option<&Viewport> {
        self.viewport.as_ref().filter(|v| v.view == view)
    }

    /// The rows a page key moves by in `view`: one less than show, so a row stays in sight.
    pub fn page(&self, view: ScrollView) -> usize {
        self.viewport(view).map_or(DEFAULT_PAGE, |v| v.rows.saturating_sub(1)).max(1)
    }
}

/// A cursor over `count` rows moved by `action` (a row, a page, an end) in `view`.
pub fn move_cursor(state: &State, view: ScrollView, cursor: usize, count: usize, action: Action) -> usize {
    let last = count.saturating_sub(1);
    let page = state.page(view);
    let moved = match action {
        Action::Up | Action::ScrollUp => cursor.saturating_sub(1),
        Action::Down | Action::ScrollDown => cursor + 1,
        Action::PageUp => cursor.saturating_sub(page),
        Action::PageDown => cursor + page,
        Action::Home => 0,
        Action::End => last,
        _ => cursor,
    };
    moved.min(last)
}

/// The first row of a scrolled text after `action`, from `top` (where it was put; `None`:
/// where the screen showed it, following a focus), within its last page once the screen
/// has said where that is.
pub fn scroll_top(state: &State, view: ScrollView, top: Option<usize>, action: Action) -> usize {
    let report = state.viewport(view);
    let last_top = report.map_or(usize::MAX, |v| v.last_top);
    let top = top.or(report.map(|v| v.top)).unwrap_or(0).min(last_top);
    let page = state.page(view);
    let moved = match action {
        Action::Up => top.saturating_sub(1),
        Action::Down => top.saturating_add(1),
        Action::ScrollUp => top.saturating_sub(WHEEL_ROWS),
        Action::ScrollDown => top.saturating_add(WHEEL_ROWS),
        Action::PageUp => top.saturating_sub(page),
        Action::PageDown => top.saturating_add(page),
        Action::Home => 0,
        Action::End => last_top,
        _ => top,
    };
    moved.min(last_top)
}
