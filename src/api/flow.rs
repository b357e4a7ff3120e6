//! The order flow as reusable async steps.
