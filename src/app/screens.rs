//! The sub-state of the screens that have more than a cursor.

use super::state::Failure;
use super::text_field::TextField;
use super::validate::VoucherError;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubsidiaryScreen {
    /// Type-ahead filter over code and country.
    pub filter: TextField,
    /// The code of the highlighted subsidiary.
    pub highlighted: Option<&'static str>,
    /// The highlight came from the person or from `--subsidiary`: the account's
    /// subsidiary must not move it.
    pub settled: bool,
}

impl SubsidiaryScreen {
    pub fn new(highlighted: Option<&'static str>, settled: bool) -> Self {
        SubsidiaryScreen { filter: TextField::default(), highlighted, settled }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VoucherScreen {
    pub field: TextField,
    /// The code as typed is not a possible voucher code.
    pub input_error: Option<VoucherError>,
    /// The server refused the code: its message, shown until the code is edited.
    pub refusal: Option<VoucherRefusal>,
    /// The code being checked.
    pub checking: Option<String>,
    /// The check itself failed (network, server), not a refusal.
    pub failure: Option<(String, Failure)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoucherRefusal {
    pub code: String,
    pub message: String,
    pub query_id: Option<String>,
}

/// What has the focus on the review screen, top to bottom.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ReviewFocus {
    /// A contract of the quote (Enter reads it).
    Contract(usize),
    #[default]
    AutoPay,
    Waiver,
    PlaceOrder,
}

/// Why "Place order" did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderRefusal {
    WaiverUnticked,
    QuoteNotReady,
    /// The language changed while the waiver was ticked: it was unticked.
    WaiverLanguageChanged,
    /// The account must act in the Control Panel first (eligibility).
    AccountMustAct,
}

impl OrderRefusal {
    pub fn msgid(self) -> &'static str {
        match self {
            OrderRefusal::WaiverUnticked => msgid!("review-refused-waiver"),
            OrderRefusal::QuoteNotReady => msgid!("review-refused-quote"),
            OrderRefusal::WaiverLanguageChanged => msgid!("review-waiver-language"),
            OrderRefusal::AccountMustAct => msgid!("review-refused-eligibility"),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewScreen {
    pub focus: ReviewFocus,
    pub refusal: Option<OrderRefusal>,
    /// The first row shown, once the person scrolled (page keys, the wheel); `None`: the
    /// view follows the focus, showing the focused box with all its text.
    pub scroll: Option<usize>,
}

impl ReviewScreen {
    /// The focusable rows for a quote with `contracts` contracts.
    pub fn focus_order(contracts: usize) -> Vec<ReviewFocus> {
        (0..contracts)
            .map(ReviewFocus::Contract)
            .chain([ReviewFocus::AutoPay, ReviewFocus::Waiver, ReviewFocus::PlaceOrder])
            .collect()
    }
}
