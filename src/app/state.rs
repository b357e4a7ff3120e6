//! The wizard's whole state: where the person is, what they entered (the draft, which
//! survives Back), and what the API has answered so far.

use crate::api::endpoints::Subsidiary;
use crate::api::error::ApiError;
use crate::api::models::{FollowUp, Held, Order, OrderStatus, Price};
use crate::i18n::Lang;
use crate::i18n::{countries, fold};

use super::carts::CartBrowser;
use super::consent::{ConsentBox, Consents};
use super::effect::{OptionChoice, OptionKind, PlanChoice};
use super::msg::{Account, CartReady, PlacedOrder, ProjectItem};
use super::onboarding::{Onboarding, OnboardingInit};
use super::requests::{ReqKind, Requests};
use super::screens::{ReviewScreen, SubsidiaryScreen, VoucherScreen};
pub use super::step::Step;
use super::text_field::TextField;
use super::validate::{NameError, default_project_name};

/// Below this the wizard's screens cannot be laid out: the view says so instead, and
/// `update` lets nothing act but Ctrl-C (see [`State::fits`]).
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 18;
/// The question Ctrl-C asks (keep or delete the cart) is drawn alone down to this size.
pub const QUIT_MIN_WIDTH: u16 = 40;
pub const QUIT_MIN_HEIGHT: u16 = 12;

/// What the runtime knows at start. The core has no clock, so `today` comes from here.
#[derive(Debug, Clone)]
pub struct Init {
    /// The API in use, as shown in the header (`ovh-eu`, a sandbox URL).
    pub endpoint_label: String,
    /// The subsidiaries the configured API sells Public Cloud projects to.
    pub subsidiaries: Vec<&'static Subsidiary>,
    /// `--subsidiary CODE`.
    pub preselect: Option<String>,
    /// The subsidiary guessed from the locale, used when nothing better is known.
    pub locale_subsidiary: Option<String>,
    /// `YYYY-MM-DD`, for the default project name.
    pub today: String,
    pub lang: Lang,
    pub display: Display,
    /// The API is the embedded sandbox, which ends with the process: nothing left there can
    /// be looked at later, so no "check it later with …" is said.
    pub sandboxed: bool,
    /// The journal holds flows earlier runs left unfinished: the wizard settles them in the
    /// background from its first frame, and orders nothing until that is done.
    pub settle_earlier: bool,
    /// The front end shows the cart browser's start screen when the account has open carts
    /// (the full screen). `--plain` has no browser: it starts a new cart, and says that the
    /// open ones are kept.
    pub start_screen: bool,
}

/// How to draw: read by the view only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Display {
    pub no_color: bool,
    pub high_contrast: bool,
}

/// A window over the current step. The enum grows with the cart browser and login.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// The text of one contract of the quote, scrolled by `scroll` lines.
    Contract {
        index: usize,
        scroll: u16,
    },
    ConfirmQuit,
    ConfirmOrder,
    /// Delete what `CartBrowser::deletion` names?
    ConfirmDelete,
    /// The checkout failed: what the server said and what to do.
    Error,
}

/// A word on the status line about what the person just asked for, until their next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The browser is being started for the address.
    Opening,
    /// The browser was started (`program` did it).
    Opened { program: String },
    /// No browser could be started, and why.
    NotOpened { why: String },
    /// The address was sent to the terminal's clipboard (OSC 52): whether the terminal
    /// allows it cannot be known.
    Copied,
}

/// A failed request, as shown in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub error: ApiError,
    /// Whether sending the request again is safe.
    pub retryable: bool,
}

impl Failure {
    pub fn retryable(error: ApiError) -> Self {
        Failure { error, retryable: true }
    }
}

/// Data the API is asked for.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Remote<T> {
    #[default]
    Idle,
    Loading,
    Ready(T),
    Failed(Failure),
}

impl<T> Remote<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Remote::Ready(value) => Some(value),
            _ => None,
        }
    }

    pub fn failure(&self) -> Option<&Failure> {
        match self {
            Remote::Failed(failure) => Some(failure),
            _ => None,
        }
    }

    pub fn is_loading(&self) -> bool {
        matches!(self, Remote::Loading)
    }
}

/// What the person chose so far. It survives Back and is re-applied to a new cart.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub subsidiary: Option<&'static Subsidiary>,
    pub plan: Option<PlanChoice>,
    /// The options wanted with the plan (the HDS certification), each ticked only by a
    /// Space or a click on its box.
    pub options: Vec<OptionChoice>,
    /// The validated project name.
    pub name: Option<String>,
    /// The checked voucher, if one is wanted.
    pub voucher: Option<AcceptedVoucher>,
    /// The review's consent boxes: ticked only by the person, with `Toggle` (Space, or the
    /// intent plain sends for a typed consent) on the focused box, or a click on its row.
    pub consents: Consents,
    pub auto_pay: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AcceptedVoucher {
    pub code: String,
    /// The credit the eligibility check announced.
    pub credit: Option<Price>,
}

/// One configuration of the project item, kept in line with the draft.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigSlot {
    /// The value on the server (`None`: not set).
    pub applied: Option<String>,
    /// The value being sent (`Some(None)`: being removed).
    pub sending: Option<Option<String>>,
    /// The last write failed; it is sent again only when asked (`r`), and only while that
    /// value is still wanted.
    pub failure: Option<Failure>,
    /// The value the failed write was bringing.
    pub failed_for: Option<String>,
    /// A write failed and may have been applied all the same: `applied` is not known, and
    /// the next write reads the item first (a write whose outcome is known goes straight).
    pub uncertain: bool,
}

impl ConfigSlot {
    /// Whether the server holds exactly `wanted` as far as anyone can know.
    pub fn holds(&self, wanted: &Option<String>) -> bool {
        !self.uncertain && self.applied == *wanted
    }
}

/// The options on the project item, kept in line with the draft one change at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OptionSlot {
    /// The options the item has on the server.
    pub applied: Vec<OptionKind>,
    /// The option being added (`true`) or removed (`false`).
    pub sending: Option<(OptionKind, bool)>,
    pub failure: Option<Failure>,
}

/// The server side of the order being built: cart, project item, configurations, quote.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pipeline {
    pub cart: Remote<CartReady>,
    /// A cart to delete when the next cart is prepared (kept until that succeeds).
    pub replaces: Option<String>,
    pub item: Remote<ProjectItem>,
    /// Adding the project item failed and may have happened all the same: the next attempt
    /// reads the cart first.
    pub item_uncertain: bool,
    pub description: ConfigSlot,
    pub voucher: ConfigSlot,
    pub options: OptionSlot,
    pub quote: Remote<Order>,
    /// The cart was resumed from the cart browser: it is the person's own and is never
    /// deleted to make room for a new one.
    pub adopted: bool,
}

/// Where the order stands once the person asked for it.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum OrderState {
    #[default]
    NotPlaced,
    Placing,
    Failed(Failure),
    /// The checkout was sent and whether it created an order could not be settled: the
    /// order may exist. It is never sent again from here; the person can check again.
    MaybePlaced(Box<MaybePlaced>),
    Placed(Box<PlacedState>),
}

/// A checkout whose outcome is unknown, and what is being done about it.
#[derive(Debug, Clone, PartialEq)]
pub struct MaybePlaced {
    pub cart_id: String,
    /// Why it is unknown: the last attempt to settle it (`None` for a cart opened from the
    /// browser, before its first check has answered).
    pub error: Option<ApiError>,
    /// A check is under way.
    pub checking: bool,
    /// The checkout was sent by an earlier run (the cart was opened from the browser); the
    /// wizard's own draft is not this order's. `Step` is where the wizard was.
    pub earlier_run: Option<Step>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlacedState {
    pub order: PlacedOrder,
    pub status: Option<OrderStatus>,
    pub follow_up: Vec<FollowUp>,
    pub project_id: Option<String>,
    pub follow_failure: Option<Failure>,
    /// OVHcloud holds or refused the order: following stopped there.
    pub stopped: Option<Stopped>,
    /// The receipt's path, or why it could not be written.
    pub receipt: Option<Result<String, String>>,
}

impl PlacedState {
    /// Nothing is owed any more: paid at the checkout (a free order, auto-pay), or the
    /// order has gone past waiting for its payment since (paid from its order page).
    pub fn is_paid(&self) -> bool {
        self.order.paid
            || matches!(
                self.status,
                Some(
                    OrderStatus::Checking
                        | OrderStatus::Delivering
                        | OrderStatus::Delivered
                        | OrderStatus::DocumentsRequested
                )
            )
    }
}

/// Why following an order stopped before delivery, with the Control Panel to act in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stopped {
    /// Fraud review, documents requested, or waiting for payment: the order may go on.
    Held { held: Held, control_panel: String },
    /// OVHcloud refused the order.
    Refused { error: ApiError, control_panel: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub display: Display,
    pub endpoint_label: String,
    /// See [`Init::sandboxed`].
    pub sandboxed: bool,
    /// See [`Init::start_screen`].
    pub start_screen: bool,
    /// What earlier runs left unfinished, being settled in the background (`Idle`: nothing
    /// to settle); what was found stays to be shown.
    pub earlier: Remote<Vec<super::msg::EarlierRun>>,
    pub subsidiaries: Vec<&'static Subsidiary>,
    pub step: Step,
    pub overlay: Option<Overlay>,
    pub draft: Draft,
    pub subsidiary_screen: SubsidiaryScreen,
    pub plan_cursor: usize,
    /// Why the plan could not be chosen (an offer without a renew price).
    pub plan_refusal: Option<&'static str>,
    pub name_field: TextField,
    /// `YYYY-MM-DD`, for the default name (which follows the language until it is changed).
    pub today: String,
    pub name_error: Option<NameError>,
    /// The last paste carried this many control characters, left out of the field: the
    /// screen says so until the next key or text.
    pub pasted_controls: Option<usize>,
    pub voucher_screen: VoucherScreen,
    pub review: ReviewScreen,
    pub account: Remote<Account>,
    /// A request is being retried (its attempt), until the next answer.
    pub retrying: Option<u32>,
    pub pipeline: Pipeline,
    pub order: OrderState,
    pub browser: CartBrowser,
    /// The screens before the wizard, while there are no usable credentials.
    pub onboarding: Option<Onboarding>,
    pub requests: Requests,
    /// Frame of the spinner, advanced by `Msg::Tick` only while busy.
    pub spinner: usize,
    /// The terminal's size, as last reported.
    pub size: Option<(u16, u16)>,
    /// What the scrolled view on screen showed when last drawn (see `scroll`).
    pub viewport: Option<super::scroll::Viewport>,
    /// The help's first line shown.
    pub help_scroll: usize,
    /// The order step's first line shown (its text can be longer than the screen).
    pub order_scroll: usize,
    /// What the status line says about the last thing asked for (an address opened, copied).
    pub notice: Option<Notice>,
}

impl State {
    pub fn new(init: Init) -> State {
        let find = |code: &Option<String>| {
            code.as_deref()
                .and_then(|code| init.subsidiaries.iter().copied().find(|s| s.code.eq_ignore_ascii_case(code)))
        };
        let preselected = find(&init.preselect);
        let highlighted = preselected.or_else(|| find(&init.locale_subsidiary)).or(init.subsidiaries.first().copied());
        State {
            lang: init.lang,
            display: init.display,
            endpoint_label: init.endpoint_label,
            sandboxed: init.sandboxed,
            start_screen: init.start_screen,
            earlier: if init.settle_earlier { Remote::Loading } else { Remote::Idle },
            step: Step::FIRST,
            overlay: None,
            draft: Draft::default(),
            subsidiary_screen: SubsidiaryScreen::new(highlighted.map(|s| s.code), preselected.is_some()),
            subsidiaries: init.subsidiaries,
            plan_cursor: 0,
            plan_refusal: None,
            name_field: TextField::with_value(&default_project_name(init.lang, &init.today)),
            today: init.today,
            name_error: None,
            pasted_controls: None,
            voucher_screen: VoucherScreen::default(),
            review: ReviewScreen::default(),
            account: Remote::Idle,
            retrying: None,
            pipeline: Pipeline::default(),
            order: OrderState::NotPlaced,
            browser: CartBrowser::default(),
            onboarding: None,
            requests: Requests::default(),
            spinner: 0,
            size: None,
            viewport: None,
            help_scroll: 0,
            order_scroll: 0,
            notice: None,
        }
    }

    /// Starts on the onboarding screens: the wizard's steps come once credentials are saved.
    pub fn with_onboarding(mut self, init: OnboardingInit) -> State {
        self.onboarding = Some(Onboarding::new(init));
        self
    }

    /// Whether what is on screen now can be drawn in `width`×`height`: the wizard's screens
    /// need [`MIN_WIDTH`]×[`MIN_HEIGHT`]; the quit question alone needs less. The view
    /// draws by this rule, and `update` reads it through [`State::drawable`].
    pub fn fits(&self, width: u16, height: u16) -> bool {
        if self.overlay == Some(Overlay::ConfirmQuit) {
            width >= QUIT_MIN_WIDTH && height >= QUIT_MIN_HEIGHT
        } else {
            width >= MIN_WIDTH && height >= MIN_HEIGHT
        }
    }

    /// Whether the current screen can be drawn at the terminal's last reported size. Until
    /// a size is reported it is taken as drawable: the full screen reports it before any key,
    /// and a front end without a screen (plain) never does.
    pub fn drawable(&self) -> bool {
        self.size.is_none_or(|(width, height)| self.fits(width, height))
    }

    /// Whether something is awaited from the API: the runtime ticks the spinner only then.
    pub fn is_busy(&self) -> bool {
        let p = &self.pipeline;
        self.onboarding.as_ref().is_some_and(Onboarding::is_busy)
            || self.earlier.is_loading()
            || self.account.is_loading()
            || p.cart.is_loading()
            || p.item.is_loading()
            || p.description.sending.is_some()
            || p.voucher.sending.is_some()
            || p.options.sending.is_some()
            || p.quote.is_loading()
            || self.voucher_screen.checking.is_some()
            || self.is_following()
            || self.order == OrderState::Placing
            || matches!(&self.order, OrderState::MaybePlaced(maybe) if maybe.checking)
            || self.requests.is_pending(ReqKind::CartList)
            || self.requests.is_pending(ReqKind::CartDetail)
            || self.browser.deleting
    }

    /// The project is delivered: every step is done.
    pub fn is_delivered(&self) -> bool {
        matches!(&self.order, OrderState::Placed(placed) if placed.project_id.is_some())
    }

    /// The order is placed and its delivery is being followed.
    pub fn is_following(&self) -> bool {
        matches!(&self.order, OrderState::Placed(placed)
            if placed.project_id.is_none() && placed.follow_failure.is_none() && placed.stopped.is_none())
    }

    /// A cart exists on the server that no order has consumed (nor may have: a cart being
    /// checked out, or whose checkout's outcome is unknown, is never offered for deletion).
    pub fn has_open_cart(&self) -> bool {
        self.pipeline.cart.ready().is_some() && matches!(self.order, OrderState::NotPlaced | OrderState::Failed(_))
    }

    /// The checkout whose outcome is unknown, if the wizard is in that state.
    pub fn maybe_placed(&self) -> Option<&MaybePlaced> {
        match &self.order {
            OrderState::MaybePlaced(maybe) => Some(maybe),
            _ => None,
        }
    }

    /// The cart the wizard is filling, if no order has consumed it.
    pub fn open_cart_id(&self) -> Option<&str> {
        self.cart_id().filter(|_| self.has_open_cart())
    }

    pub fn cart_id(&self) -> Option<&str> {
        self.pipeline.cart.ready().map(|cart| cart.cart_id.as_str())
    }

    pub fn quote(&self) -> Option<&Order> {
        self.pipeline.quote.ready()
    }

    pub fn offers(&self) -> &[crate::api::models::ProductOffer] {
        self.pipeline.cart.ready().map_or(&[], |cart| cart.offers.as_slice())
    }

    /// The options the highlighted offer is sold with, and whether they were read at all
    /// (`None`: unknown, so nothing is said about them).
    pub fn highlighted_options(&self) -> Option<&[crate::api::models::OptionOffer]> {
        let cart = self.pipeline.cart.ready()?;
        let offer = cart.offers.get(self.plan_cursor.min(cart.offers.len().saturating_sub(1)))?;
        cart.options.iter().find(|(plan, _)| *plan == offer.plan_code).map(|(_, options)| options.as_slice())
    }

    /// The offer of option `kind` with the highlighted plan, when it is sold with it.
    pub fn option_offer(&self, kind: OptionKind) -> Option<&crate::api::models::OptionOffer> {
        crate::api::flow::option_offer(self.highlighted_options()?, kind)
    }

    /// The option of `kind` the highlighted offer sells, with the price it is added at.
    pub fn sold_option(&self, kind: OptionKind) -> Option<OptionChoice> {
        crate::api::flow::pick_option(self.highlighted_options()?, kind)
    }

    /// Whether the draft asks for the option.
    pub fn wants_option(&self, kind: OptionKind) -> bool {
        self.draft.options.iter().any(|o| o.kind == kind)
    }

    /// The subsidiaries the filter matches: in the code, the country's name in the language
    /// on screen, or its English name, ignoring case and accents (`allem`, `etats`).
    pub fn filtered_subsidiaries(&self) -> Vec<&'static Subsidiary> {
        let filter = fold(self.subsidiary_screen.filter.value().trim());
        if filter.is_empty() {
            return self.subsidiaries.clone();
        }
        let matches = |name: Option<&str>| name.is_some_and(|name| fold(name).contains(&filter));
        self.subsidiaries
            .iter()
            .copied()
            .filter(|s| {
                s.code.to_lowercase().contains(&filter)
                    || matches(countries::country(self.lang, s.code))
                    || matches(countries::country(Lang::En, s.code))
            })
            .collect()
    }

    /// The highlighted row of the subsidiary list: its index among the filtered ones.
    pub fn subsidiary_cursor(&self) -> Option<usize> {
        let filtered = self.filtered_subsidiaries();
        if filtered.is_empty() {
            return None;
        }
        let highlighted = self.subsidiary_screen.highlighted;
        Some(filtered.iter().position(|s| Some(s.code) == highlighted).unwrap_or(0))
    }

    /// The account's subsidiary, once `/me` has answered.
    /// What the account must do in the Control Panel before it may order (the eligibility
    /// read with the account, or what a refused checkout named), and where.
    pub fn eligibility_block(&self) -> Option<(&[String], &str)> {
        let account = self.account.ready()?;
        let actions = account.eligibility.as_ref()?.actions();
        (!actions.is_empty()).then_some((actions, account.control_panel.as_str()))
    }

    /// The minimum credit and the payment methods accepted, when the account must act.
    pub fn eligibility_terms(&self) -> (Option<&Price>, &[String]) {
        let eligibility =
            self.account.ready().and_then(|a| a.eligibility.as_ref()).filter(|_| self.eligibility_block().is_some());
        let credit = eligibility.and_then(|e| e.minimum_credit.as_ref());
        let methods = eligibility.and_then(|e| e.payment_methods_authorized.as_deref()).unwrap_or_default();
        (credit, methods)
    }

    pub fn account_subsidiary(&self) -> Option<&str> {
        self.account.ready().map(|account| account.me.ovh_subsidiary.as_str())
    }

    /// Whether the order needs `consent`: the contracts and the waiver always, the specific
    /// approval of clauses for the `IT` subsidiary.
    pub fn requires(&self, consent: ConsentBox) -> bool {
        match consent {
            ConsentBox::ItalianClauses => self.draft.subsidiary.is_some_and(|s| s.code == "IT"),
            ConsentBox::Contracts | ConsentBox::Waiver => true,
        }
    }

    /// Whether the review shows `consent`'s box: the contracts' box and the clauses' box
    /// come with the quote's contracts, the waiver's always.
    pub fn shows_consent(&self, consent: ConsentBox) -> bool {
        self.requires(consent) && (consent == ConsentBox::Waiver || self.quote().is_some())
    }

    /// Whether `consent`'s box is ticked. The contracts' box is ticked while the quote lists
    /// exactly the contracts it was ticked for.
    pub fn ticked(&self, consent: ConsentBox) -> bool {
        let consents = &self.draft.consents;
        match consent {
            ConsentBox::Contracts => {
                consents.contracts.as_ref().is_some_and(|accepted| Some(accepted) == self.quote().map(|q| &q.contracts))
            }
            ConsentBox::ItalianClauses => consents.italian_clauses,
            ConsentBox::Waiver => consents.waiver,
        }
    }

    /// The first box the order needs that is not ticked, top to bottom.
    pub fn missing_consent(&self) -> Option<ConsentBox> {
        ConsentBox::ALL.into_iter().find(|c| self.requires(*c) && !self.ticked(*c))
    }

    /// The cart holds everything the draft asks for, and nothing is being sent.
    pub fn cart_settled(&self) -> bool {
        let p = &self.pipeline;
        let wanted_voucher = self.draft.voucher.as_ref().map(|v| v.code.clone());
        let mut wanted_options: Vec<OptionKind> = self.draft.options.iter().map(|o| o.kind).collect();
        let mut applied_options = p.options.applied.clone();
        wanted_options.sort_unstable();
        applied_options.sort_unstable();
        p.item.ready().is_some()
            && self.draft.name.is_some()
            && p.description.sending.is_none()
            && p.voucher.sending.is_none()
            && p.options.sending.is_none()
            && p.description.holds(&self.draft.name)
            && p.voucher.holds(&wanted_voucher)
            && applied_options == wanted_options
    }
}
