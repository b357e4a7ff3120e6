//! The catalogue keys that name API states and error kinds, shared by every way ovhcart
//! talks to people (the full screen, the plain mode, the commands).

use crate::api::ErrorKind;
use crate::api::models::{FollowUpStep, Held, OrderStatus};

pub fn order_status(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Cancelled => msgid!("order-status-cancelled"),
        OrderStatus::Cancelling => msgid!("order-status-cancelling"),
        OrderStatus::Checking => msgid!("order-status-checking"),
        OrderStatus::Delivered => msgid!("order-status-delivered"),
        OrderStatus::Delivering => msgid!("order-status-delivering"),
        OrderStatus::DocumentsRequested => msgid!("order-status-documents"),
        OrderStatus::NotPaid => msgid!("order-status-not-paid"),
        OrderStatus::Unknown => msgid!("order-status-unknown"),
    }
}

/// What holds an order, what the person can do and where (`$id`, `$url`).
pub fn held(held: Held) -> &'static str {
    match held {
        Held::FraudReview => msgid!("order-held-review"),
        Held::DocumentsRequested => msgid!("order-held-documents"),
        Held::NotPaid => msgid!("order-held-not-paid"),
    }
}

/// What an eligibility action asks of the person (`$url`: the Control Panel).
pub fn eligibility_action(action: &str) -> &'static str {
    match action {
        "addPaymentMethod" => msgid!("eligibility-add-payment-method"),
        "challengePaymentMethod" => msgid!("eligibility-challenge-payment-method"),
        "verifyPaypal" => msgid!("eligibility-verify-paypal"),
        "askIncreaseProjectsQuota" => msgid!("eligibility-projects-quota"),
        _ => msgid!("eligibility-other"),
    }
}

/// What a `VOUCHER_*` refusal means (the Control Panel's thirteen codes).
pub fn voucher_refusal(code: &str) -> &'static str {
    match code {
        "VOUCHER_INVALID" => msgid!("voucher-code-invalid"),
        "VOUCHER_TOO_MANY_ATTEMPTS" => msgid!("voucher-code-too-many-attempts"),
        "VOUCHER_NO_LONGER_VALID" => msgid!("voucher-code-no-longer-valid"),
        "VOUCHER_ALREADY_USED" | "VOUCHER_ALREADY_USED_2" => msgid!("voucher-code-already-used"),
        "VOUCHER_EXPIRED" => msgid!("voucher-code-expired"),
        "VOUCHER_COUNTRY" => msgid!("voucher-code-country"),
        "VOUCHER_PAYMENT_MEAN" => msgid!("voucher-code-payment-mean"),
        "VOUCHER_TOO_MANY_USED" => msgid!("voucher-code-too-many-used"),
        "VOUCHER_NICHANDLE" => msgid!("voucher-code-nichandle"),
        "VOUCHER_SCORED" => msgid!("voucher-code-scored"),
        "VOUCHER_NEW_CUSTOMER" => msgid!("voucher-code-new-customer"),
        "VOUCHER_NEW_PROJECT" => msgid!("voucher-code-new-project"),
        _ => msgid!("voucher-code-other"),
    }
}

pub fn follow_up_step(step: FollowUpStep) -> &'static str {
    match step {
        FollowUpStep::Validating => msgid!("order-step-validating"),
        FollowUpStep::Validated => msgid!("order-step-validated"),
        FollowUpStep::Delivering => msgid!("order-step-delivering"),
        FollowUpStep::Available | FollowUpStep::Unknown => msgid!("order-step-available"),
    }
}

/// What a person can do about an error of this kind.
pub fn error_hint(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidCredentials => msgid!("error-hint-credentials"),
        ErrorKind::InvalidSignature => msgid!("error-hint-signature"),
        ErrorKind::NotGranted => msgid!("error-hint-not-granted"),
        ErrorKind::Forbidden => msgid!("error-hint-forbidden"),
        ErrorKind::CartNotFound => msgid!("error-hint-cart-gone"),
        ErrorKind::NotFound => msgid!("error-hint-not-found"),
        ErrorKind::BadRequest => msgid!("error-hint-bad-request"),
        ErrorKind::RateLimited => msgid!("error-hint-rate-limited"),
        ErrorKind::ServerUnavailable => msgid!("error-hint-server"),
        ErrorKind::Network => msgid!("error-hint-network"),
        ErrorKind::InvalidResponse => msgid!("error-hint-invalid-response"),
    }
}
