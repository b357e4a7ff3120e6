//! One table of key bindings per screen and overlay. `update` reads keys through it, and an
//! intent (`Msg::Act`) acts only where it binds that action; the footer and the help overlay
//! are drawn from it, so what is shown is what works.

use super::carts::CartsPage;
use super::failures::visible_failure;
use super::key::Key;
use super::onboarding::Page;
use super::state::{OrderState, Stopped};
use super::state::{Overlay, State, Step};

/// Where the keys are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Subsidiary,
    Plan,
    Name,
    Voucher,
    Review,
    OrderPlacing,
    OrderFailed,
    /// The checkout's outcome is unknown: the order may have been placed.
    OrderUnknown,
    OrderFollowing,
    OrderDone,
    Help,
    Contract,
    ConfirmQuit,
    ConfirmOrder,
    Error,
    /// The cart browser's list of carts.
    Carts,
    /// One cart opened in the browser.
    CartDetail,
    ConfirmDelete,
    /// Onboarding: the endpoint list, the key fields, the wait, the result.
    OnboardEndpoint,
    OnboardKeys,
    OnboardWaiting,
    OnboardSaved,
}

impl Context {
    pub const ALL: [Context; 22] = [
        Context::Subsidiary,
        Context::Plan,
        Context::Name,
        Context::Voucher,
        Context::Review,
        Context::OrderPlacing,
        Context::OrderFailed,
        Context::OrderUnknown,
        Context::OrderFollowing,
        Context::OrderDone,
        Context::Help,
        Context::Contract,
        Context::ConfirmQuit,
        Context::ConfirmOrder,
        Context::Error,
        Context::Carts,
        Context::CartDetail,
        Context::ConfirmDelete,
        Context::OnboardEndpoint,
        Context::OnboardKeys,
        Context::OnboardWaiting,
        Context::OnboardSaved,
    ];

    /// Screens with a text field: keys no binding claims edit the text.
    pub fn has_text_field(self) -> bool {
        matches!(self, Context::Subsidiary | Context::Name | Context::Voucher | Context::OnboardKeys)
    }

    pub fn is_onboarding(self) -> bool {
        matches!(
            self,
            Context::OnboardEndpoint | Context::OnboardKeys | Context::OnboardWaiting | Context::OnboardSaved
        )
    }
}

/// What a key asks for: the intent a front end without keys sends as `Msg::Act`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Confirm,
    Back,
    Up,
    Down,
    PageUp,
    PageDown,
    FocusNext,
    FocusPrev,
    Toggle,
    Help,
    Close,
    Retry,
    /// Ctrl-C: quit, asking about an open cart first.
    Quit,
    /// Leave while the order is followed; it can be followed later.
    Leave,
    Finish,
    KeepCart,
    DeleteCart,
    /// Open the cart browser.
    Carts,
    /// Check again whether a checkout of unknown outcome created an order.
    Recheck,
    /// Delete the highlighted cart, item or configuration (after a confirmation).
    Delete,
    /// Show everything in the next language (`Lang::next`).
    SwitchLanguage,
    /// The first row of a list, or the top of a scrolled text.
    Home,
    /// The last row of a list, or the bottom of a scrolled text.
    End,
    /// A few lines up or down (the mouse wheel), without moving the focus.
    ScrollUp,
    ScrollDown,
    /// Open the address the screen shows (`links::shown_url`) in the browser.
    OpenUrl,
    /// Copy that address to the clipboard (OSC 52, written by the full screen).
    CopyUrl,
}

impl Action {
    /// How much the footer wants the binding, lowest first: a narrow footer keeps Enter,
    /// Esc and the language key, and drops moving and scrolling first (the help lists them).
    pub const fn footer_rank(self) -> u8 {
        match self {
            Action::Confirm
            | Action::Back
            | Action::Close
            | Action::Toggle
            | Action::Finish
            | Action::Leave
            | Action::KeepCart
            | Action::DeleteCart
            | Action::Recheck => 0,
            Action::SwitchLanguage => 1,
            Action::Help => 2,
            Action::Retry => 3,
            Action::OpenUrl | Action::CopyUrl => 4,
            Action::Quit => 5,
            Action::Carts | Action::Delete => 6,
            Action::Up | Action::Down | Action::FocusNext | Action::FocusPrev => 7,
            Action::PageUp | Action::PageDown | Action::Home | Action::End | Action::ScrollUp | Action::ScrollDown => 8,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in the footer and the help.
    pub label: &'static str,
    pub action: Action,
    /// Catalogue key of what the binding does here.
    pub hint: &'static str,
}

const fn bind(keys: &'static [Key], label: &'static str, action: Action, hint: &'static str) -> Binding {
    Binding { keys, label, action, hint }
}

impl Binding {
    /// What the binding does, said as it is now: leaving an order being followed says it
    /// can be followed later, unless nothing will be left to follow (an order refused, or
    /// one in the embedded sandbox, which ends with ovhcart).
    pub fn hint_for(&self, state: &State) -> &'static str {
        let refused = matches!(&state.order, OrderState::Placed(placed) if matches!(placed.stopped, Some(Stopped::Refused { .. })));
        if self.action == Action::Leave && (state.sandboxed || refused) { msgid!("hint-leave-only") } else { self.hint }
    }
}

const QUIT: Binding = bind(&[Key::Ctrl('c')], "ctrl-c", Action::Quit, msgid!("hint-quit"));
const HELP: Binding = bind(&[Key::Char('?'), Key::F(1)], "?", Action::Help, msgid!("hint-help"));
// In the name field `?` is text, so only F1 opens the help there.
const HELP_F1: Binding = bind(&[Key::F(1)], "F1", Action::Help, msgid!("hint-help"));
// F2 switches the language everywhere it may; `L` too where letters are not text.
const LANG: Binding = bind(&[Key::Char('L'), Key::F(2)], "L", Action::SwitchLanguage, msgid!("hint-language"));
const LANG_F2: Binding = bind(&[Key::F(2)], "F2", Action::SwitchLanguage, msgid!("hint-language"));
const RETRY: Binding = bind(&[Key::Char('r')], "r", Action::Retry, msgid!("hint-retry"));
// In text fields `r` is text.
const RETRY_CTRL: Binding = bind(&[Key::Ctrl('r')], "ctrl-r", Action::Retry, msgid!("hint-retry"));
const BACK: Binding = bind(&[Key::Esc], "esc", Action::Back, msgid!("hint-back"));
// In the subsidiary list letters filter: only the arrows (and the wheel) move there.
const UP_DOWN: [Binding; 2] = [
    bind(&[Key::Up, Key::WheelUp], "↑", Action::Up, msgid!("hint-up")),
    bind(&[Key::Down, Key::WheelDown], "↓", Action::Down, msgid!("hint-down")),
];
const LIST_UP_DOWN: [Binding; 2] = [
    bind(&[Key::Up, Key::Char('k'), Key::WheelUp], "↑/k", Action::Up, msgid!("hint-up")),
    bind(&[Key::Down, Key::Char('j'), Key::WheelDown], "↓/j", Action::Down, msgid!("hint-down")),
];
// A page, and the ends, of a list. Space pages down too where letters are not text.
const LIST_PAGES: [Binding; 4] = [
    bind(&[Key::PageUp], "pgup", Action::PageUp, msgid!("hint-page-up")),
    bind(&[Key::PageDown, Key::Char(' ')], "pgdn", Action::PageDown, msgid!("hint-page-down")),
    bind(&[Key::Home], "home", Action::Home, msgid!("hint-first")),
    bind(&[Key::End], "end", Action::End, msgid!("hint-last")),
];
// The same where Space is text (the subsidiary filter) or ticks a box (the plan's options).
const LIST_PAGES_NO_SPACE: [Binding; 4] = [
    LIST_PAGES[0],
    bind(&[Key::PageDown], "pgdn", Action::PageDown, msgid!("hint-page-down")),
    LIST_PAGES[2],
    LIST_PAGES[3],
];
// A page, and the ends, of a text that scrolls; Space pages down where it ticks nothing.
const TEXT_PAGES: [Binding; 4] = [
    bind(&[Key::PageUp], "pgup", Action::PageUp, msgid!("hint-page-up")),
    bind(&[Key::PageDown, Key::Char(' ')], "pgdn", Action::PageDown, msgid!("hint-page-down")),
    bind(&[Key::Home], "home", Action::Home, msgid!("hint-top")),
    bind(&[Key::End], "end", Action::End, msgid!("hint-bottom")),
];
// An address on the screen: open it in the browser, copy it.
const OPEN_URL: Binding = bind(&[Key::Char('o')], "o", Action::OpenUrl, msgid!("hint-open-url"));
const COPY_URL: Binding = bind(&[Key::Char('y')], "y", Action::CopyUrl, msgid!("hint-copy-url"));
// In text fields letters are text.
const OPEN_URL_CTRL: Binding = bind(&[Key::Ctrl('o')], "ctrl-o", Action::OpenUrl, msgid!("hint-open-url"));
const COPY_URL_CTRL: Binding = bind(&[Key::Ctrl('y')], "ctrl-y", Action::CopyUrl, msgid!("hint-copy-url"));

const CARTS: Binding = bind(&[Key::Char('c'), Key::F(3)], "c/F3", Action::Carts, msgid!("hint-carts"));
// In text fields `c` is text.
const CARTS_F3: Binding = bind(&[Key::F(3)], "F3", Action::Carts, msgid!("hint-carts"));
const REFRESH: Binding = bind(&[Key::Char('r')], "r", Action::Retry, msgid!("hint-refresh"));
const DELETE: Binding = bind(&[Key::Char('d'), Key::Delete], "d", Action::Delete, msgid!("hint-delete"));

const SUBSIDIARY: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-choose")),
    UP_DOWN[0],
    UP_DOWN[1],
    LIST_PAGES_NO_SPACE[0],
    LIST_PAGES_NO_SPACE[1],
    LIST_PAGES_NO_SPACE[2],
    LIST_PAGES_NO_SPACE[3],
    bind(&[Key::Esc], "esc", Action::Back, msgid!("hint-clear-or-quit")),
    RETRY_CTRL,
    CARTS_F3,
    LANG_F2,
    HELP,
    QUIT,
];

const PLAN: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-choose")),
    bind(&[Key::Char(' ')], "space", Action::Toggle, msgid!("hint-toggle-hds")),
    LIST_UP_DOWN[0],
    LIST_UP_DOWN[1],
    LIST_PAGES_NO_SPACE[0],
    LIST_PAGES_NO_SPACE[1],
    LIST_PAGES_NO_SPACE[2],
    LIST_PAGES_NO_SPACE[3],
    BACK,
    RETRY,
    CARTS,
    LANG,
    HELP,
    QUIT,
];

const NAME: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-next")),
    BACK,
    OPEN_URL_CTRL,
    COPY_URL_CTRL,
    RETRY_CTRL,
    CARTS_F3,
    LANG_F2,
    HELP_F1,
    QUIT,
];

const VOUCHER: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-check-or-skip")),
    BACK,
    RETRY_CTRL,
    CARTS_F3,
    LANG_F2,
    HELP,
    QUIT,
];

// Space ticks here: only the page keys page.
const REVIEW: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-activate")),
    bind(&[Key::Char(' ')], "space", Action::Toggle, msgid!("hint-toggle")),
    bind(&[Key::Tab, Key::Down, Key::Char('j')], "tab/↓", Action::FocusNext, msgid!("hint-focus-next")),
    bind(&[Key::BackTab, Key::Up, Key::Char('k')], "shift-tab/↑", Action::FocusPrev, msgid!("hint-focus-prev")),
    bind(&[Key::PageUp], "pgup", Action::PageUp, msgid!("hint-page-up")),
    bind(&[Key::PageDown], "pgdn", Action::PageDown, msgid!("hint-page-down")),
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    bind(&[Key::WheelUp], "wheel", Action::ScrollUp, msgid!("hint-scroll-up")),
    bind(&[Key::WheelDown], "wheel", Action::ScrollDown, msgid!("hint-scroll-down")),
    OPEN_URL,
    COPY_URL,
    BACK,
    RETRY,
    CARTS,
    LANG,
    HELP,
    QUIT,
];

const ORDER_PLACING: &[Binding] = &[HELP, QUIT];

// The order step's text scrolls (a line, a page, its ends) when the screen is too low for it.
const ORDER_FAILED: &[Binding] = &[
    RETRY,
    BACK,
    SCROLL_LINES[0],
    SCROLL_LINES[1],
    TEXT_PAGES[0],
    TEXT_PAGES[1],
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    CARTS,
    HELP,
    QUIT,
];

// No language key: if the order is found, its receipt records the waiver text as shown.
const ORDER_UNKNOWN: &[Binding] = &[
    bind(&[Key::Char('r')], "r", Action::Recheck, msgid!("hint-check-again")),
    BACK,
    SCROLL_LINES[0],
    SCROLL_LINES[1],
    TEXT_PAGES[0],
    TEXT_PAGES[1],
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    CARTS,
    HELP,
    QUIT,
];

const ORDER_FOLLOWING: &[Binding] = &[
    bind(&[Key::Char('q')], "q", Action::Leave, msgid!("hint-leave")),
    OPEN_URL,
    COPY_URL,
    SCROLL_LINES[0],
    SCROLL_LINES[1],
    TEXT_PAGES[0],
    TEXT_PAGES[1],
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    RETRY,
    CARTS,
    LANG,
    HELP,
    QUIT,
];

const ORDER_DONE: &[Binding] = &[
    bind(&[Key::Enter, Key::Char('q')], "enter/q", Action::Finish, msgid!("hint-finish")),
    OPEN_URL,
    COPY_URL,
    SCROLL_LINES[0],
    SCROLL_LINES[1],
    TEXT_PAGES[0],
    TEXT_PAGES[1],
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    CARTS,
    LANG,
    HELP,
    QUIT,
];

// The arrows, j/k and the wheel scroll the text a line.
const SCROLL_LINES: [Binding; 2] = [
    bind(&[Key::Up, Key::Char('k'), Key::WheelUp], "↑/k", Action::Up, msgid!("hint-scroll-up")),
    bind(&[Key::Down, Key::Char('j'), Key::WheelDown], "↓/j", Action::Down, msgid!("hint-scroll-down")),
];

const HELP_OVERLAY: &[Binding] = &[
    bind(&[Key::Esc, Key::Char('?'), Key::Char('q'), Key::F(1)], "esc", Action::Close, msgid!("hint-close")),
    SCROLL_LINES[0],
    SCROLL_LINES[1],
    TEXT_PAGES[0],
    TEXT_PAGES[1],
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    LANG_F2,
    QUIT,
];

const CONTRACT: &[Binding] = &[
    bind(&[Key::Esc, Key::Char('q')], "esc", Action::Close, msgid!("hint-close")),
    SCROLL_LINES[0],
    SCROLL_LINES[1],
    TEXT_PAGES[0],
    TEXT_PAGES[1],
    TEXT_PAGES[2],
    TEXT_PAGES[3],
    OPEN_URL,
    COPY_URL,
    LANG,
    QUIT,
];

const CONFIRM_QUIT: &[Binding] = &[
    bind(&[Key::Char('k')], "k", Action::KeepCart, msgid!("hint-keep-cart")),
    bind(&[Key::Char('d')], "d", Action::DeleteCart, msgid!("hint-delete-cart")),
    bind(&[Key::Esc], "esc", Action::Close, msgid!("hint-cancel")),
    bind(&[Key::Ctrl('c')], "ctrl-c", Action::KeepCart, msgid!("hint-keep-cart")),
];

// Cancel is the default: Enter cancels, only `y` places the order.
const CONFIRM_ORDER: &[Binding] = &[
    bind(&[Key::Char('y')], "y", Action::Confirm, msgid!("hint-place-order")),
    bind(&[Key::Esc, Key::Enter, Key::Char('n')], "esc/enter", Action::Close, msgid!("hint-cancel")),
    QUIT,
];

const CARTS_LIST: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-open")),
    DELETE,
    BACK,
    LIST_UP_DOWN[0],
    LIST_UP_DOWN[1],
    LIST_PAGES[0],
    LIST_PAGES[1],
    LIST_PAGES[2],
    LIST_PAGES[3],
    REFRESH,
    LANG,
    HELP,
    QUIT,
];

const CART_DETAIL: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-resume")),
    DELETE,
    BACK,
    LIST_UP_DOWN[0],
    LIST_UP_DOWN[1],
    LIST_PAGES[0],
    LIST_PAGES[1],
    LIST_PAGES[2],
    LIST_PAGES[3],
    REFRESH,
    LANG,
    HELP,
    QUIT,
];

const CONFIRM_DELETE: &[Binding] = &[
    bind(&[Key::Char('y'), Key::Enter], "y", Action::Confirm, msgid!("hint-confirm-delete")),
    bind(&[Key::Char('n'), Key::Esc], "n/esc", Action::Close, msgid!("hint-cancel")),
    QUIT,
];

const ERROR: &[Binding] = &[RETRY, bind(&[Key::Esc, Key::Enter], "esc", Action::Close, msgid!("hint-close")), QUIT];

const ONBOARD_ENDPOINT: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-choose")),
    LIST_UP_DOWN[0],
    LIST_UP_DOWN[1],
    LIST_PAGES[0],
    LIST_PAGES[1],
    LIST_PAGES[2],
    LIST_PAGES[3],
    LANG,
    HELP,
    QUIT,
];

// Letters and `?` are text here.
const ONBOARD_KEYS: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-request-access")),
    bind(&[Key::Tab, Key::Down], "tab", Action::FocusNext, msgid!("hint-next-field")),
    bind(&[Key::BackTab, Key::Up], "shift-tab", Action::FocusPrev, msgid!("hint-prev-field")),
    BACK,
    OPEN_URL_CTRL,
    COPY_URL_CTRL,
    LANG_F2,
    HELP_F1,
    QUIT,
];

const ONBOARD_WAITING: &[Binding] =
    &[bind(&[Key::Esc], "esc", Action::Back, msgid!("hint-cancel")), OPEN_URL, COPY_URL, LANG, HELP, QUIT];

const ONBOARD_SAVED: &[Binding] = &[
    bind(&[Key::Enter], "enter", Action::Confirm, msgid!("hint-continue")),
    bind(&[Key::Char('r')], "r", Action::Retry, msgid!("hint-retry-save")),
    LANG,
    HELP,
    QUIT,
];

pub fn bindings(context: Context) -> &'static [Binding] {
    match context {
        Context::Subsidiary => SUBSIDIARY,
        Context::Plan => PLAN,
        Context::Name => NAME,
        Context::Voucher => VOUCHER,
        Context::Review => REVIEW,
        Context::OrderPlacing => ORDER_PLACING,
        Context::OrderFailed => ORDER_FAILED,
        Context::OrderUnknown => ORDER_UNKNOWN,
        Context::OrderFollowing => ORDER_FOLLOWING,
        Context::OrderDone => ORDER_DONE,
        Context::Help => HELP_OVERLAY,
        Context::Contract => CONTRACT,
        Context::ConfirmQuit => CONFIRM_QUIT,
        Context::ConfirmOrder => CONFIRM_ORDER,
        Context::Error => ERROR,
        Context::Carts => CARTS_LIST,
        Context::CartDetail => CART_DETAIL,
        Context::ConfirmDelete => CONFIRM_DELETE,
        Context::OnboardEndpoint => ONBOARD_ENDPOINT,
        Context::OnboardKeys => ONBOARD_KEYS,
        Context::OnboardWaiting => ONBOARD_WAITING,
        Context::OnboardSaved => ONBOARD_SAVED,
    }
}

/// The context of the current step (or of the cart browser over it), ignoring any overlay.
pub fn screen_context(state: &State) -> Context {
    if let Some(onboarding) = &state.onboarding {
        return match onboarding.page {
            Page::Endpoint => Context::OnboardEndpoint,
            Page::Keys => Context::OnboardKeys,
            Page::Requesting | Page::Waiting | Page::Saving => Context::OnboardWaiting,
            Page::Saved => Context::OnboardSaved,
        };
    }
    match state.browser.page {
        Some(CartsPage::List) => return Context::Carts,
        Some(CartsPage::Detail) => return Context::CartDetail,
        None => {}
    }
    match state.step {
        Step::Subsidiary => Context::Subsidiary,
        Step::Plan => Context::Plan,
        Step::Name => Context::Name,
        Step::Voucher => Context::Voucher,
        Step::Review => Context::Review,
        Step::Order => match &state.order {
            OrderState::NotPlaced | OrderState::Placing => Context::OrderPlacing,
            OrderState::Failed(_) => Context::OrderFailed,
            OrderState::MaybePlaced(_) => Context::OrderUnknown,
            OrderState::Placed(placed) if placed.project_id.is_some() => Context::OrderDone,
            OrderState::Placed(_) => Context::OrderFollowing,
        },
    }
}

/// Where keys go now: the overlay if one is open, else the screen.
pub fn context(state: &State) -> Context {
    match state.overlay {
        Some(Overlay::Help) => Context::Help,
        Some(Overlay::Contract { .. }) => Context::Contract,
        Some(Overlay::ConfirmQuit) => Context::ConfirmQuit,
        Some(Overlay::ConfirmOrder) => Context::ConfirmOrder,
        Some(Overlay::Error) => Context::Error,
        Some(Overlay::ConfirmDelete) => Context::ConfirmDelete,
        None => screen_context(state),
    }
}

/// Whether a binding of `context` asks for `action` (an intent acts only there).
pub fn binds(context: Context, action: Action) -> bool {
    bindings(context).iter().any(|binding| binding.action == action)
}

/// The binding `key` triggers in `context`, if any.
pub fn binding_for(context: Context, key: Key) -> Option<&'static Binding> {
    bindings(context).iter().find(|binding| binding.keys.contains(&key))
}

/// Whether a binding does something in the current state (the footer shows only those).
pub fn is_available(state: &State, action: Action) -> bool {
    let browser = &state.browser;
    let onboarding = state.onboarding.as_ref();
    match (context(state), action) {
        // Nothing to cancel once the key is validated and being written.
        (Context::OnboardWaiting, Action::Back) => onboarding.is_some_and(|o| o.page != Page::Saving),
        (Context::OnboardSaved, Action::Retry) => onboarding.is_some_and(|o| matches!(o.saved, Some(Err(_)))),
        (Context::Carts | Context::CartDetail, Action::Retry) => !browser.deleting,
        (Context::Carts, Action::Confirm) => browser.highlighted().is_some() || browser.cursor < browser.leading_rows(),
        // A cart that may have been ordered is checked (opened) before anything else.
        (Context::Carts, Action::Delete) => {
            browser.highlighted().is_some_and(|c| !c.checkout_unknown) && !browser.deleting
        }
        // A checked-out or expired cart can be viewed only (the page says why).
        (Context::CartDetail, Action::Confirm) => browser.detail.ready().is_some_and(|d| d.summary.is_open()),
        (Context::CartDetail, Action::Delete) => browser.detail.ready().is_some() && !browser.deleting,
        (_, Action::Retry) => visible_failure(state).is_some_and(|(_, failure)| failure.retryable),
        (Context::OrderFailed, Action::Back) => matches!(&state.order, OrderState::Failed(f) if f.retryable),
        (Context::OrderUnknown, Action::Recheck) => state.maybe_placed().is_some_and(|m| !m.checking),
        // Back to the wizard only from an earlier run's cart: this run's order may exist.
        (Context::OrderUnknown, Action::Back) => state.maybe_placed().is_some_and(|m| m.earlier_run.is_some()),
        // The box of an option the highlighted plan sells.
        (Context::Plan, Action::Toggle) => state.sold_option(super::effect::OptionKind::Hds).is_some(),
        (Context::Review, Action::Toggle) => state.review.focus.is_checkbox(),
        // Enter never ticks a box: on one, only Space does.
        (Context::Review, Action::Confirm) => !state.review.focus.is_checkbox(),
        // An address to open or copy only where the screen shows one.
        (_, Action::OpenUrl | Action::CopyUrl) => super::links::shown_url(state).is_some(),
        // Between "place the order" and its answer the receipt's language must stay the one shown.
        (_, Action::SwitchLanguage) => {
            !matches!(state.order, OrderState::Placing | OrderState::Failed(_) | OrderState::MaybePlaced(_))
        }
        _ => true,
    }
}

/// The bindings to show in the footer now, most wanted first (`Action::footer_rank`): a
/// footer too narrow for all drops them from the end. The wheel's own bindings are left to
/// the help.
pub fn footer(state: &State) -> Vec<&'static Binding> {
    let mut shown: Vec<&'static Binding> = bindings(context(state))
        .iter()
        .filter(|binding| !binding.keys.iter().all(|key| key.is_wheel()))
        .filter(|binding| is_available(state, binding.action))
        .collect();
    shown.sort_by_key(|binding| binding.action.footer_rank());
    shown
}
