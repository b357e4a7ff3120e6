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

/// How many times a write whose effect can be read back is sent, at most.
const WRITE_SENDS: u32 = 3;

/// Sends a write and settles an unknown outcome by reading the server back: `settle`
/// returns what the write made if it took effect (then that is the answer), or `None`
/// (then the write is sent again, up to [`WRITE_SENDS`] times). So a lost answer never
/// duplicates anything, and a flaky connection does not end the flow at the first loss.
/// A read that fails while settling leaves the outcome unknown.
async fn send_reconciled<T, Sent, Settled>(send: impl Fn() -> Sent, settle: impl Fn() -> Settled) -> Result<T, ApiError>
where
    Sent: Future<Output = Result<T, ApiError>>,
    Settled: Future<Output = Result<Option<T>, ApiError>>,
{
    let mut sends = 0;
    loop {
        sends += 1;
        match send().await {
            Err(lost) if lost.outcome == Outcome::Unknown => {
                let settled = settle().await.map_err(|mut e| {
                    e.outcome = Outcome::Unknown;
                    e
                })?;
                match settled {
                    Some(made) => return Ok(made),
                    None if sends < WRITE_SENDS => tracing::info!(error = %lost, "write not applied; sending again"),
                    None => return Err(lost),
                }
            }
            other => return other,
        }
    }
}

/// GETs every path at the same time; the answers come back in the same order.
async fn get_all<T: serde::de::DeserializeOwned>(
    client: &super::Client,
    paths: Vec<String>,
) -> Result<Vec<T>, ApiError> {
    futures::future::join_all(paths.iter().map(|path| client.get::<T>(path))).await.into_iter().collect()
}
