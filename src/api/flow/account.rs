//! The account side: who is ordering, how they pay, whether a voucher is valid.

use crate::api::client::{Client, with_query};
use crate::api::error::ApiError;
use crate::api::models::{Eligibility, Me, PaymentMethod, voucher_error_code};

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

/// `GET /cloud/eligibility[?voucher=CODE]`: what the account must do before ordering a
/// project, and what the voucher gives. `Ok(None)` where the API has no such route (the
/// US API): a 404 that is no voucher refusal (those carry a `VOUCHER_*` code).
pub async fn eligibility(client: &Client, voucher: Option<&str>) -> Result<Option<Eligibility>, ApiError> {
    let path = match voucher {
        Some(code) => with_query("/cloud/eligibility", &[("voucher", code)]),
        None => "/cloud/eligibility".to_owned(),
    };
    match client.get(&path).await {
        Ok(eligibility) => Ok(Some(eligibility)),
        Err(e) if e.status == Some(404) && voucher_error_code(&e.message).is_none() => Ok(None),
        Err(e) => Err(e),
    }
}
