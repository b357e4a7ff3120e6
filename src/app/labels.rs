//! The catalogue keys that name API states and error kinds, shared by every way ovhcart
//! talks to people (the full screen, the plain mode, the commands).

use crate::api::ErrorKind;
use crate::api::models::{FollowUpStep, OrderStatus};

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
