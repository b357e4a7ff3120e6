//! The seed's order flow as reusable async steps, shared by the wizard and the commands.
//!
//! Every write that can be lost in flight is reconciled before it is sent again: the cart
//! is read back (items, configurations, `readOnly`) or the account's recent orders are
//! listed, so no item, configuration or order is ever duplicated. Reads go through the
//! client's own retries.

mod account;
mod cart;
mod checkout;
mod follow;

pub use account::*;
pub use cart::*;
pub use checkout::*;
pub use follow::*;

use super::error::{ApiError, ErrorKind, Outcome};

/// An error found by the flow itself rather than sent by the API.
fn flow_error(kind: ErrorKind, outcome: Outcome, method: &str, path: &str, message: impl Into<String>) -> ApiError {
    ApiError::without_answer(kind, outcome, method, path, message)
}

/// GETs every path at the same time; the answers come back in the same order.
async fn get_all<T: serde::de::DeserializeOwned>(
    client: &super::Client,
    paths: Vec<String>,
) -> Result<Vec<T>, ApiError> {
    futures::future::join_all(paths.iter().map(|path| client.get::<T>(path))).await.into_iter().collect()
}
