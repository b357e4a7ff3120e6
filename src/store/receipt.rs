//! The local receipt of a placed order: what was ordered, when, and the waiver consent
//! with the language its text was shown in. One JSON file per order, never overwritten.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub order_id: i64,
    pub cart_id: String,
    pub endpoint: String,
    pub subsidiary: String,
    pub project_name: String,
    pub voucher: Option<String>,
    pub auto_pay: bool,
    pub total: String,
    pub payment_url: Option<String>,
    /// When the order was placed (UTC, RFC 3339).
    pub placed_at: String,
    pub waiver: WaiverConsent,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WaiverConsent {
    /// The person ticked the box themself (or passed `--waive-retraction`).
    pub given: bool,
    /// The exact text they were shown.
    pub text: String,
    /// The language of that text (BCP 47 tag).
    pub language: String,
    /// How it was given: `checkbox` in the wizard, `flag` on the command line.
    pub via: String,
}

impl Receipt {
    pub fn file_name(&self) -> String {
        format!("order-{}.json", self.order_id)
    }
}

/// Writes the receipt under `<data dir>/receipts/`, returning its path.
pub fn write_receipt(data_dir: &Path, receipt: &Receipt) -> io::Result<PathBuf> {
    let path = data_dir.join("receipts").join(receipt.file_name());
    let json = serde_json::to_vec_pretty(receipt).map_err(io::Error::other)?;
    super::write_atomic(&path, &json, Some(0o600))?;
    Ok(path)
}
