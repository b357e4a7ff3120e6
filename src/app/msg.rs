//! Everything that can happen to the wizard: what the person does (key presses, pastes and
//! clicks from the full screen; intents from any front end), and the answers to the effects
//! it asked for. Each answer carries the request id of the effect it answers, so late
//! answers to superseded requests can be recognised and dropped.

use crate::api::error::ApiError;
pub use crate::api::flow::{OrderProgress, PlacedOrder};
use crate::api::models::{
    ConfigurationItem, ConfigurationRequirement, Eligibility, Me, OptionOffer, Order, PaymentMethod, ProductOffer,
};
use crate::api::products::{ConfigLabel, OptionKind};

use crate::api::login::{LoginError, PendingKey};

use super::carts::{CartDetail, CartSummary};
use super::key::Key;
use super::keymap::Action;
use super::onboarding::NotSaved;
use super::screens::ReviewFocus;
use super::scroll::Viewport;
use super::state::Stopped;

// Messages are moved once from a task to `update`; boxing the large answers would only add
// noise at every construction site.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key pressed on the full screen: read through the keymap of the current screen or
    /// overlay, it becomes an [`Msg::Act`] (or edits a text field).
    Key(Key),
    /// An intent: what a binding of the current screen or overlay asks for (`Confirm` is
    /// Enter on a step, `y` on the order's confirmation). It acts only where the keymap binds
    /// it and offers it now, exactly as its key would. Front ends without keys (plain) and
    /// tests send these.
    Act(Action),
    /// Moves a list's highlight or the review's focus, and nothing else (never ticks a box).
    Focus(Focus),
    /// Replaces the text of the focused field, as clearing it and typing `text` would.
    SetText(Pasted),
    /// Text pasted into the terminal (bracketed paste).
    Paste(Pasted),
    Resize {
        w: u16,
        h: u16,
    },
    /// Advances the spinner. The runtime sends it only while [`super::State::is_busy`].
    Tick,
    /// A mouse click on something the screen shows (the runtime finds what, from the layout).
    Click(Click),
    /// What the scrolled view on screen holds, reported by the full screen after drawing
    /// (the core has no layout): the page keys read it.
    Viewport(Viewport),

    AccountLoaded {
        req: u64,
        result: Result<Account, ApiError>,
    },
    /// A cart was created and assigned (after deleting `replaces`), and its offers listed.
    CartReady {
        req: u64,
        result: Result<CartReady, ApiError>,
    },
    ProjectAdded {
        req: u64,
        result: Result<ProjectItem, ApiError>,
    },
    ConfigurationSet {
        req: u64,
        label: ConfigLabel,
        result: Result<ConfigurationItem, ApiError>,
    },
    ConfigurationRemoved {
        req: u64,
        label: ConfigLabel,
        result: Result<(), ApiError>,
    },
    /// The option is in the cart (`true`: added) or not (`false`: removed).
    OptionSet {
        req: u64,
        kind: OptionKind,
        result: Result<bool, ApiError>,
    },
    VoucherChecked {
        req: u64,
        code: String,
        result: Result<Eligibility, ApiError>,
    },
    QuoteLoaded {
        req: u64,
        result: Result<Order, ApiError>,
    },
    OrderPlaced {
        req: u64,
        result: Result<PlacedOrder, ApiError>,
    },
    /// The answer to `Effect::RecheckOrder`.
    OrderRechecked {
        req: u64,
        result: Recheck,
    },
    /// One reading of the order while it is followed (many per `FollowOrder`).
    OrderProgress {
        req: u64,
        progress: OrderProgress,
    },
    ProjectDelivered {
        req: u64,
        project_id: String,
    },
    FollowFailed {
        req: u64,
        error: ApiError,
    },
    /// A request had no usable answer and is being sent again (`attempt` 2 is the first
    /// retry): the status line says so until the next answer.
    Retrying {
        attempt: u32,
    },
    /// OVHcloud holds or refused the order; following ends.
    FollowStopped {
        req: u64,
        stopped: Stopped,
    },
    /// The receipt's path, or why it could not be written.
    ReceiptWritten(Result<String, String>),
    /// What earlier runs left unfinished, settled (`Effect::SettleEarlierRuns`): what the
    /// person must know before ordering again (open carts are the cart browser's).
    EarlierRunsSettled(Vec<EarlierRun>),
    CartDeleted {
        cart_id: String,
        result: Result<(), ApiError>,
    },
    CartsListed {
        req: u64,
        result: Result<Vec<CartSummary>, ApiError>,
    },
    CartLoaded {
        req: u64,
        result: Result<CartDetail, ApiError>,
    },
    /// An item or a configuration was deleted from the browser.
    CartPartDeleted {
        req: u64,
        result: Result<(), ApiError>,
    },
    /// Onboarding: the consumer key was requested (its validation URL to show).
    ConsumerKeyRequested {
        req: u64,
        result: Result<PendingKey, ApiError>,
    },
    /// The key was validated and works: the account it acts for.
    CredentialsValidated {
        req: u64,
        result: Result<String, LoginError>,
    },
    /// The file written, or why it could not be.
    CredentialsSaved {
        req: u64,
        result: Result<String, NotSaved>,
    },
    /// The answer to `Effect::OpenUrl`: the program that started the browser, or why none
    /// could be started.
    UrlOpened {
        req: u64,
        result: Result<String, String>,
    },
}

/// Pasted or set text. It may be a secret for the secret field, so `Debug` shows only its
/// length.
#[derive(Clone, PartialEq, Eq)]
pub struct Pasted(pub String);

impl std::fmt::Debug for Pasted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pasted({} chars)", self.0.chars().count())
    }
}

impl From<String> for Pasted {
    fn from(text: String) -> Self {
        Pasted(text)
    }
}

impl From<&str> for Pasted {
    fn from(text: &str) -> Self {
        Pasted(text.to_owned())
    }
}

/// Where [`Msg::Focus`] moves the highlight or focus, on the screen showing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// A row of the subsidiary list, by its index among the filtered ones.
    Subsidiary(usize),
    /// A row of the plan list.
    Plan(usize),
    /// A focusable row of the review.
    Review(ReviewFocus),
}

/// What a click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Click {
    /// A row of the subsidiary list, by its index among the filtered ones.
    Subsidiary(usize),
    /// A row of the plan list.
    Plan(usize),
    /// The box of an option on the plan step.
    PlanOption(OptionKind),
    /// A focusable row of the review: a contract, a checkbox, the order button.
    Review(ReviewFocus),
}

/// An earlier run's order, as settling it found it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EarlierRun {
    /// Its checkout did place an order (paid now if free, its receipt written): it will not
    /// be placed again.
    Ordered { order_id: i64, project: String },
    /// Its checkout was sent and whether it placed an order cannot be learnt now.
    Unsettled { project: String, error: ApiError },
}

/// What `LoadAccount` learns: the account, and its default payment method if it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub me: Me,
    pub default_payment_method: Option<PaymentMethod>,
    /// What the account must do before ordering (`None` where the API has no eligibility
    /// route, the US one, or it could not be read: the checkout will say).
    pub eligibility: Option<Eligibility>,
    /// The Control Panel where the account acts (payment methods, quota, orders).
    pub control_panel: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CartReady {
    pub cart_id: String,
    pub subsidiary: String,
    pub expire: Option<String>,
    pub offers: Vec<ProductOffer>,
    /// The options sold with each offered plan, by plan code (a plan whose options could
    /// not be read has none).
    pub options: Vec<(String, Vec<OptionOffer>)>,
}

impl CartReady {
    /// The options sold with `plan_code`.
    pub fn options_of(&self, plan_code: &str) -> &[OptionOffer] {
        self.options.iter().find(|(plan, _)| plan == plan_code).map_or(&[], |(_, options)| options.as_slice())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectItem {
    pub item_id: i64,
    pub requirements: Vec<ConfigurationRequirement>,
}

/// What checking again a checkout of unknown outcome found. Moved once, like `Msg`.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Recheck {
    /// The order exists (a free one was paid as after a checkout's answer).
    Found(PlacedOrder),
    /// The cart is still open: nothing was ordered.
    NotOrdered,
    /// Still not known, and why.
    StillUnknown(ApiError),
}
