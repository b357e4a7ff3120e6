//! The consents an order needs, each a box on the review that only the person ticks: the
//! contracts (always), the specific approval of clauses under art. 1341 and 1342 of the
//! Italian Civil Code (for the `IT` subsidiary), and the withdrawal waiver (always).
//!
//! One set of rules for all three (`update/review.rs`): never pre-ticked; ticked only by
//! `Toggle` (Space, or the intent `--plain` sends for a typed word) or a click on the box's
//! own row, never by Enter, never while the screen cannot show it; unticked when what it
//! agrees to changes (another subsidiary or plan, other contracts, another language); and
//! the order is placed only with every required box ticked. The receipt records each one
//! with the exact text shown, its language and how it was given.

use crate::api::models::Contract;
use crate::i18n::{Lang, tr};

use super::screens::{OrderRefusal, ReviewFocus};

/// A consent box of the review, in the order the review shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentBox {
    /// "I have read and accept the contracts", under the quote's contracts.
    Contracts,
    /// The specific approval of clauses (art. 1341 and 1342 of the Italian Civil Code).
    ItalianClauses,
    /// The withdrawal waiver.
    Waiver,
}

impl ConsentBox {
    /// Every box, top to bottom.
    pub const ALL: [ConsentBox; 3] = [ConsentBox::Contracts, ConsentBox::ItalianClauses, ConsentBox::Waiver];

    /// The box's own row on the review.
    pub fn focus(self) -> ReviewFocus {
        match self {
            ConsentBox::Contracts => ReviewFocus::AcceptContracts,
            ConsentBox::ItalianClauses => ReviewFocus::ItalianClauses,
            ConsentBox::Waiver => ReviewFocus::Waiver,
        }
    }

    /// The label beside the box.
    pub fn label(self) -> &'static str {
        match self {
            ConsentBox::Contracts => msgid!("review-contracts-label"),
            ConsentBox::ItalianClauses => msgid!("review-clauses-label"),
            ConsentBox::Waiver => msgid!("review-waiver-label"),
        }
    }

    /// Why "Place order" refuses while the box is unticked.
    pub fn unticked(self) -> OrderRefusal {
        match self {
            ConsentBox::Contracts => OrderRefusal::ContractsUnticked,
            ConsentBox::ItalianClauses => OrderRefusal::ClausesUnticked,
            ConsentBox::Waiver => OrderRefusal::WaiverUnticked,
        }
    }

    /// What `--plain` asks to type, and says when the answer is not the word.
    pub fn plain_msgids(self) -> (&'static str, &'static str) {
        match self {
            ConsentBox::Contracts => (msgid!("plain-ask-contracts"), msgid!("plain-contracts-refused")),
            ConsentBox::ItalianClauses => (msgid!("plain-ask-clauses"), msgid!("plain-clauses-refused")),
            ConsentBox::Waiver => (msgid!("plain-ask-waiver"), msgid!("plain-waiver-refused")),
        }
    }

    /// The text under the box, in paragraphs, as shown in `lang`: what must be read before
    /// it is ticked, and what the receipt records. The Italian clauses are shown in Italian,
    /// then (in another language) translated.
    pub fn paragraphs(self, lang: Lang) -> Vec<String> {
        match self {
            ConsentBox::Contracts => vec![tr(lang, msgid!("contracts-text"))],
            ConsentBox::ItalianClauses => {
                let mut paragraphs = vec![tr(Lang::It, msgid!("clauses-text"))];
                if lang != Lang::It {
                    let translated = tr(lang, msgid!("clauses-text"));
                    paragraphs.push(format!("{} {translated}", tr(lang, msgid!("clauses-translation"))));
                }
                paragraphs
            }
            ConsentBox::Waiver => vec![tr(lang, msgid!("waiver-text"))],
        }
    }

    /// The text as the receipt records it: the paragraphs, one per line.
    pub fn text(self, lang: Lang) -> String {
        self.paragraphs(lang).join("\n")
    }
}

/// What the person ticked on the review. Part of the draft, but never carried into another
/// cart, another plan or another language ([`Consents::untick_all`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Consents {
    /// The contracts accepted, exactly as the quote listed them when the box was ticked:
    /// the box is ticked while the quote lists the same (see `State::ticked`).
    pub contracts: Option<Vec<Contract>>,
    pub italian_clauses: bool,
    pub waiver: bool,
}

impl Consents {
    pub fn untick_all(&mut self) {
        *self = Consents::default();
    }

    /// Whether any box is ticked.
    pub fn any(&self) -> bool {
        self.contracts.is_some() || self.italian_clauses || self.waiver
    }
}
