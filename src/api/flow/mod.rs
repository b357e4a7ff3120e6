//! The seed's order flow as reusable async steps, shared by the wizard and the commands.
//!
//! Every write that can be lost in flight is reconciled before it is sent again: the cart
//! is read back (items, configurations, `readOnly`) or the account's recent orders are
//! listed, so no item, configuration or order is ever duplicated. Reads go through the
//! client's own retries.

mod account;
mod cart;
mod carts;
mod checkout;
mod follow;
mod options;

pub use account::*;
pub use cart::*;
pub use carts::*;
pub use checkout::*;
pub use follow::*;
pub use options::*;

use super::error::{ApiError, ErrorKind, Outcome};

/// An error found by the flow itself rather than sent by the API.
fn flow_error(kind: ErrorKind, outcome: Outcome, method: &str, path: &str, message: impl Into<String>) -> ApiError {
    ApiError::without_answer(kind, outcome, method, path, message)
}

/// How many times a write is sent at most, each re-send only once the server was read and
/// proved that the last one did not take effect (so never blindly). Six absorbs transient
/// faults (at 20 % of requests failing, six in a row happen once in 15 000 writes).
pub(super) const WRITE_SENDS: u32 = 6;

/// A short, jittered pause before a write is sent again, longer each time (full jitter
/// under 100 ms, 200 ms, … capped at 2 s): a struggling server gets room to recover.
pub(super) async fn pause_before_resend(sends: u32) {
    let step = std::time::Duration::from_millis(100u64 << sends.min(5)).min(std::time::Duration::from_secs(2));
    tokio::time::sleep(step.mul_f64(fastrand::f64())).await;
}

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
                    None if sends < WRITE_SENDS => {
                        tracing::info!(error = %lost, "write not applied; sending again");
                        pause_before_resend(sends).await;
                    }
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
