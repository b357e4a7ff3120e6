//! Account situations that real first-time customers meet (see docs/api-notes.md), so that
//! every case ovhcart handles can be reproduced: `ovhcart sandbox --situation NAME`.

/// What the demo account is like. One situation for the whole sandbox. (What `--help`
/// says of each is in the catalogues, for people rather than for this code.)
#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Situation {
    /// Everything in order: a valid default card, nothing required.
    #[default]
    #[value(help = msgid!("usage-situation-ready"))]
    Ready,
    /// No payment method: eligibility asks for `addPaymentMethod`, a voucher that needs one
    /// is refused, checkout answers "Found eligibility issues: addPaymentMethod".
    #[value(help = msgid!("usage-situation-add-payment-method"))]
    AddPaymentMethod,
    /// A new account whose card must be confirmed: `challengePaymentMethod`, and checkout
    /// answers "Found eligibility issues: challengePaymentMethod".
    #[value(help = msgid!("usage-situation-challenge-payment-method"))]
    ChallengePaymentMethod,
    /// A PayPal account to verify: `verifyPaypal`.
    #[value(help = msgid!("usage-situation-verify-paypal"))]
    VerifyPaypal,
    /// The projects quota is reached: `askIncreaseProjectsQuota`.
    #[value(help = msgid!("usage-situation-projects-quota"))]
    ProjectsQuota,
    /// Orders go through a manual fraud review (`FRAUD_MANUAL_REVIEW`) as long as a delivery
    /// takes, then are delivered.
    #[value(help = msgid!("usage-situation-fraud-review"))]
    FraudReview,
    /// Orders wait for documents (status `documentsRequested`, `FRAUD_DOCS_REQUESTED`).
    #[value(help = msgid!("usage-situation-documents-requested"))]
    DocumentsRequested,
    /// Orders are refused: status `cancelled`, `FRAUD_REFUSED`, and the follow-up answers an
    /// error ending in "(error 906)".
    #[value(help = msgid!("usage-situation-fraud-refused"))]
    FraudRefused,
    /// The US API: a US account, no `/cloud/eligibility`, the delivered project's id only in
    /// the order detail's operations.
    #[value(help = msgid!("usage-situation-us"))]
    Us,
}

/// What happens to an order once paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Hold {
    #[default]
    None,
    Review,
    Documents,
    Refused,
}

impl Situation {
    /// The eligibility action the account needs before it may order a project.
    pub fn required_action(self) -> Option<&'static str> {
        match self {
            Situation::AddPaymentMethod => Some("addPaymentMethod"),
            Situation::ChallengePaymentMethod => Some("challengePaymentMethod"),
            Situation::VerifyPaypal => Some("verifyPaypal"),
            Situation::ProjectsQuota => Some("askIncreaseProjectsQuota"),
            _ => None,
        }
    }

    pub fn has_payment_method(self) -> bool {
        self != Situation::AddPaymentMethod
    }

    pub fn hold(self) -> Hold {
        match self {
            Situation::FraudReview => Hold::Review,
            Situation::DocumentsRequested => Hold::Documents,
            Situation::FraudRefused => Hold::Refused,
            _ => Hold::None,
        }
    }

    pub fn is_us(self) -> bool {
        self == Situation::Us
    }
}
