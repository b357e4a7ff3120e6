//! The account side: who is ordering, how they pay, whether a voucher is valid.

use crate::api::client::{Client, with_query};
use crate::api::error::ApiError;
use crate::api::models::{Eligibility, Me, PaymentMethod};

pub async fn me(client: &Client) -> Result<Me, ApiError> {
    client.get("/me").await
}

/// The account's default payment method, if it has one.
pub async fn default_payment_method(client: &Client) -> Result<Option<PaymentMethod>, ApiError> {
    let ids: Vec<i64> = client.get(&with_query("/me/payment/method", &[("default", "true")])).await?;
    match ids.first() {
        Some(id) => Ok(Some(client.get(&format!("/me/payment/method/{id}")).await?)),
        None => Ok(None),
    }
}

/// `GET /cloud/eligibility?voucher=CODE`: refused codes come back as an API error.
pub async fn check_voucher(client: &Client, code: &str) -> Result<Eligibility, ApiError> {
    client.get(&with_query("/cloud/eligibility", &[("voucher", code)])).await
}
