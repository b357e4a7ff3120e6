//! The sub-state of the screens that have more than a cursor.

use super::consent::ConsentBox;
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
    /// The box accepting the contracts listed above it.
    AcceptContracts,
    /// The box approving the clauses of art. 1341 and 1342 of the Italian Civil Code
    /// (the `IT` subsidiary only).
    ItalianClauses,
    #[default]
    AutoPay,
    Waiver,
    PlaceOrder,
}

impl ReviewFocus {
    /// The consent this row is the box of, if it is one.
    pub fn consent(self) -> Option<ConsentBox> {
        ConsentBox::ALL.into_iter().find(|c| c.focus() == self)
    }

    /// A box to tick (Space and a click toggle it; Enter never does).
    pub fn is_checkbox(self) -> bool {
        self == ReviewFocus::AutoPay || self.consent().is_some()
    }
}

/// Why "Place order" did nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrderRefusal {
    ContractsUnticked,
    ClausesUnticked,
    WaiverUnticked,
    QuoteNotReady,
    /// The language changed while a consent box was ticked: every box was unticked.
    ConsentsLanguageChanged,
    /// The subsidiary, the plan or an option changed on an earlier step while a consent box
    /// was ticked: every box was unticked (said when the review opens again).
    ConsentsOrderChanged,
    /// The quote came back with other contracts than those accepted: the box was unticked.
    ContractsChanged,
    /// The account must act in the Control Panel first (eligibility).
    AccountMustAct,
    /// What earlier runs left is still being settled: one of them may have ordered this.
    EarlierRunsPending,
}

impl OrderRefusal {
    /// Said next to the boxes it is about (above the focused one), not under the button.
    pub fn is_about_the_boxes(self) -> bool {
        matches!(self, OrderRefusal::ConsentsLanguageChanged | OrderRefusal::ConsentsOrderChanged)
    }

    pub fn msgid(self) -> &'static str {
        match self {
            OrderRefusal::ContractsUnticked => msgid!("review-refused-contracts"),
            OrderRefusal::ClausesUnticked => msgid!("review-refused-clauses"),
            OrderRefusal::WaiverUnticked => msgid!("review-refused-waiver"),
            OrderRefusal::QuoteNotReady => msgid!("review-refused-quote"),
            OrderRefusal::ConsentsLanguageChanged => msgid!("review-consents-language"),
            OrderRefusal::ConsentsOrderChanged => msgid!("review-consents-order"),
            OrderRefusal::ContractsChanged => msgid!("review-contracts-changed"),
            OrderRefusal::AccountMustAct => msgid!("review-refused-eligibility"),
            OrderRefusal::EarlierRunsPending => msgid!("review-refused-earlier"),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReviewScreen {
    pub focus: ReviewFocus,
    /// The person moved the focus since the review opened: it stays where they put it (as
    /// long as that row is shown). Until then it follows the first row, which the contracts
    /// take when a quote being read arrives.
    pub focus_chosen: bool,
    pub refusal: Option<OrderRefusal>,
    /// What the review says when it opens next ([`OrderRefusal::ConsentsOrderChanged`]).
    pub on_open: Option<OrderRefusal>,
    /// The first row shown, once the person scrolled (page keys, the wheel); `None`: the
    /// view follows the focus, showing the focused box with all its text.
    pub scroll: Option<usize>,
}

impl ReviewScreen {
    /// The focusable rows, top to bottom: with a quote of `contracts` contracts, each of
    /// them and the box accepting them (and, for Italy, the clauses' box).
    pub fn focus_order(contracts: Option<usize>, italy: bool) -> Vec<ReviewFocus> {
        let quoted = contracts.map(|count| {
            let boxes = [Some(ReviewFocus::AcceptContracts), italy.then_some(ReviewFocus::ItalianClauses)];
            (0..count).map(ReviewFocus::Contract).chain(boxes.into_iter().flatten())
        });
        quoted
            .into_iter()
            .flatten()
            .chain([ReviewFocus::AutoPay, ReviewFocus::Waiver, ReviewFocus::PlaceOrder])
            .collect()
    }
}
