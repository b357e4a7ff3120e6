//! The journal of order flows in progress: one small JSON file per flow under
//! `<data dir>/journal/`, rewritten atomically after each step that changed something on
//! the server, and before the checkout is sent. A flow whose process died leaves its file
//! behind; the next start reads it to offer the cart again or to settle a checkout whose
//! answer never came, instead of ordering twice.
//!
//! One file per flow (not one shared file) so that two ovhcart processes never overwrite
//! each other's records.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::flow::{CheckoutGuard, CheckoutOptions, ExpectedOrder};

/// What is known of one flow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowEntry {
    pub id: String,
    /// When the flow started (UTC, RFC 3339).
    pub started_at: String,
    /// The API it runs against (its config section name or URL).
    pub endpoint: String,
    /// `wizard` or `order`.
    pub via: String,
    pub subsidiary: Option<String>,
    pub cart_id: Option<String>,
    pub plan_code: Option<String>,
    pub item_id: Option<i64>,
    pub description: Option<String>,
    pub voucher: Option<String>,
    /// Set, and written to disk, before the checkout is sent.
    pub checkout: Option<CheckoutEntry>,
    pub order_id: Option<i64>,
}

/// What is needed to find the order a lost checkout answer created.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutEntry {
    pub sent_at: String,
    /// The `date.from` and the order ids of the account just before the checkout.
    pub since: String,
    pub known_orders: Vec<i64>,
    pub auto_pay: bool,
    pub waive_retraction: bool,
}

impl CheckoutEntry {
    /// Recorded just before the checkout is sent.
    pub fn sending(guard: &CheckoutGuard, options: CheckoutOptions) -> CheckoutEntry {
        CheckoutEntry {
            sent_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            since: guard.since.clone(),
            known_orders: guard.known_orders.iter().copied().collect(),
            auto_pay: options.auto_pay,
            waive_retraction: options.waive_retraction,
        }
    }

    pub fn guard(&self) -> CheckoutGuard {
        CheckoutGuard { since: self.since.clone(), known_orders: self.known_orders.iter().copied().collect() }
    }
}

impl FlowEntry {
    pub fn new(endpoint: &str, via: &str) -> FlowEntry {
        let now = chrono::Utc::now();
        FlowEntry {
            id: format!("{}-{:08x}", now.format("%Y%m%dT%H%M%S"), fastrand::u32(..)),
            started_at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            endpoint: endpoint.to_owned(),
            via: via.to_owned(),
            ..FlowEntry::default()
        }
    }

    /// The checkout was sent and its outcome is not known.
    pub fn checkout_unsettled(&self) -> bool {
        self.checkout.is_some() && self.order_id.is_none()
    }

    /// What identifies the order this flow's checkout created.
    pub fn expected_order(&self) -> ExpectedOrder {
        ExpectedOrder {
            plan_code: self.plan_code.clone().unwrap_or_default(),
            description: self.description.clone().unwrap_or_default(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Journal {
    dir: PathBuf,
}

impl Journal {
    pub fn new(data_dir: &Path) -> Journal {
        Journal { dir: data_dir.join("journal") }
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Writes the entry (atomically: the old record or the new one, never half).
    pub fn record(&self, entry: &FlowEntry) -> io::Result<()> {
        let json = serde_json::to_vec_pretty(entry).map_err(io::Error::other)?;
        super::write_atomic(&self.path(&entry.id), &json, Some(0o600))
    }

    /// The flow is over (ordered, or its cart deleted): nothing left to resume.
    pub fn close(&self, id: &str) -> io::Result<()> {
        match std::fs::remove_file(self.path(id)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// The flows left unfinished against `endpoint`, oldest first. Unreadable files are
    /// skipped (and logged), never fatal: the journal must not stop anyone from ordering.
    pub fn unfinished(&self, endpoint: &str) -> Vec<FlowEntry> {
        let Ok(dir) = std::fs::read_dir(&self.dir) else { return Vec::new() };
        let mut entries: Vec<FlowEntry> = dir
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| match std::fs::read(e.path()).map(|b| serde_json::from_slice::<FlowEntry>(&b)) {
                Ok(Ok(entry)) => Some(entry),
                other => {
                    tracing::warn!(file = %e.path().display(), ok = other.is_ok(), "unreadable journal entry skipped");
                    None
                }
            })
            .filter(|entry| entry.endpoint == endpoint)
            .collect();
        entries.sort_by(|a, b| a.started_at.cmp(&b.started_at));
        entries
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_update_list_close() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::new(dir.path());
        let mut a = FlowEntry::new("ovh-eu", "order");
        a.cart_id = Some("cart-a".into());
        journal.record(&a).unwrap();
        let mut b = FlowEntry::new("http://127.0.0.1:1/1.0", "wizard");
        b.started_at = "2000-01-01T00:00:00Z".into();
        journal.record(&b).unwrap();
        a.checkout = Some(CheckoutEntry { since: "2026".into(), known_orders: vec![1, 2], ..CheckoutEntry::default() });
        journal.record(&a).unwrap();

        let eu = journal.unfinished("ovh-eu");
        assert_eq!(eu, vec![a.clone()]);
        assert!(eu[0].checkout_unsettled());
        std::fs::write(dir.path().join("journal/garbage.json"), b"{not json").unwrap();
        assert_eq!(journal.unfinished("http://127.0.0.1:1/1.0"), vec![b]);

        journal.close(&a.id).unwrap();
        journal.close(&a.id).unwrap();
        assert!(journal.unfinished("ovh-eu").is_empty());
    }
}
