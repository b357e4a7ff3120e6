//! The journal of order flows in progress: one small JSON file per flow under
//! `<data dir>/journal/`, rewritten atomically before each call it protects, from the
//! intent (the project asked for and the unique description its cart will carry) to the
//! receipt. A flow whose process died leaves its file behind; the next start reads it to
//! find its cart, settle a checkout whose answer never came, pay a free order, or write
//! the receipt, instead of ordering twice.
//!
//! An entry ends only when its order is paid (or needs no payment from ovhcart) and its
//! receipt is written, or when its cart is gone unordered.
//!
//! One file per flow (not one shared file) so that two ovhcart processes never overwrite
//! each other's records.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::api::flow::{CheckoutGuard, CheckoutOptions, ExpectedOrder};
use crate::store::receipt::ReceiptDraft;

/// What is known of one flow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowEntry {
    pub id: String,
    /// When the flow started (UTC, RFC 3339).
    pub started_at: String,
    /// The API it runs against (its config section name or URL).
    pub endpoint: String,
    /// `wizard`, `plain` or `order`.
    pub via: String,
    /// The project name asked for, known from the start (before any configuration).
    #[serde(default)]
    pub project_name: Option<String>,
    /// The description the flow's cart is created with, unique to this flow, written
    /// before the cart is asked for: a cart whose creation answer was lost is found by it.
    #[serde(default)]
    pub cart_description: Option<String>,
    pub subsidiary: Option<String>,
    pub cart_id: Option<String>,
    pub plan_code: Option<String>,
    pub item_id: Option<i64>,
    /// The `description` configuration the cart holds (set once it answered).
    pub description: Option<String>,
    pub voucher: Option<String>,
    /// The options on the project item (the HDS certification), once added.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionEntry>,
    /// Set, and written to disk, before the checkout is sent.
    pub checkout: Option<CheckoutEntry>,
    pub order_id: Option<i64>,
    /// What the order is, once its id is known.
    #[serde(default)]
    pub order: Option<OrderEntry>,
    /// Set before the payment of a free order is sent.
    #[serde(default)]
    pub payment: Option<PaymentEntry>,
    /// The receipt's path, once written.
    #[serde(default)]
    pub receipt: Option<String>,
}

/// What is needed to find the order a lost checkout answer created, and to write its
/// receipt later.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckoutEntry {
    pub sent_at: String,
    /// The `date.from` and the order ids of the account just before the checkout.
    pub since: String,
    pub known_orders: Vec<i64>,
    pub auto_pay: bool,
    pub waive_retraction: bool,
    /// The receipt without its order: the consent as it was given.
    #[serde(default)]
    pub receipt: Option<ReceiptDraft>,
}

/// An option item of the project item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OptionEntry {
    pub plan_code: String,
    pub item_id: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrderEntry {
    pub url: Option<String>,
    /// The total with tax, as the API wrote it.
    pub total: String,
    /// The total is zero: ovhcart pays it with the fidelity account.
    pub free: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentEntry {
    pub sent_at: String,
    pub paid: bool,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl CheckoutEntry {
    /// Recorded just before the checkout is sent.
    pub fn sending(guard: &CheckoutGuard, options: CheckoutOptions, receipt: Option<ReceiptDraft>) -> CheckoutEntry {
        CheckoutEntry {
            sent_at: now(),
            since: guard.since.clone(),
            known_orders: guard.known_orders.iter().copied().collect(),
            auto_pay: options.auto_pay,
            waive_retraction: options.waive_retraction,
            receipt,
        }
    }

    pub fn guard(&self) -> CheckoutGuard {
        CheckoutGuard { since: self.since.clone(), known_orders: self.known_orders.iter().copied().collect() }
    }
}

impl PaymentEntry {
    pub fn sending() -> PaymentEntry {
        PaymentEntry { sent_at: now(), paid: false }
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

    /// Nothing is left to do once the order needs no payment from ovhcart (or is paid)
    /// and its receipt is written.
    pub fn finished(&self) -> bool {
        let paid = match &self.order {
            Some(order) => !order.free || self.payment.as_ref().is_some_and(|p| p.paid),
            None => false,
        };
        self.order_id.is_some() && paid && self.receipt.is_some()
    }

    /// The project this flow orders: the name asked for, else the one configured.
    pub fn project(&self) -> Option<&str> {
        self.project_name.as_deref().or(self.description.as_deref())
    }

    /// What identifies the order this flow's checkout created.
    pub fn expected_order(&self) -> ExpectedOrder {
        ExpectedOrder {
            plan_code: self.plan_code.clone().unwrap_or_default(),
            description: self.description.clone().or_else(|| self.project_name.clone()).unwrap_or_default(),
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

    /// The data dir the journal lives in (receipts go beside it).
    pub fn data_dir(&self) -> Option<&Path> {
        self.dir.parent()
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

    /// The unfinished flow whose cart is `cart_id`, if any (a cart belongs to one flow).
    pub fn with_cart(&self, endpoint: &str, cart_id: &str) -> Option<FlowEntry> {
        self.unfinished(endpoint).into_iter().find(|e| e.cart_id.as_deref() == Some(cart_id))
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
        a.project_name = Some("Build farm".into());
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

    #[test]
    fn an_entry_is_finished_only_once_paid_or_not_owed_and_its_receipt_written() {
        let mut entry = FlowEntry::new("ovh-eu", "order");
        entry.checkout = Some(CheckoutEntry::default());
        assert!(entry.checkout_unsettled() && !entry.finished());
        entry.order_id = Some(7);
        entry.order = Some(OrderEntry { url: None, total: "0.00 €".into(), free: true });
        assert!(!entry.checkout_unsettled() && !entry.finished(), "a free order is not paid yet");
        entry.receipt = Some("/r/order-7.json".into());
        assert!(!entry.finished(), "receipt written, still unpaid");
        entry.payment = Some(PaymentEntry { sent_at: String::new(), paid: false });
        assert!(!entry.finished(), "payment sent, its outcome unknown");
        entry.payment.as_mut().unwrap().paid = true;
        assert!(entry.finished());
        entry.order = Some(OrderEntry { url: None, total: "9.99 €".into(), free: false });
        entry.payment = None;
        assert!(entry.finished(), "a priced order is paid by the person, not by ovhcart");
        entry.receipt = None;
        assert!(!entry.finished(), "no receipt yet");
    }

    #[test]
    fn entries_of_an_older_version_still_read() {
        let old = r#"{"id":"x","started_at":"2026-11-21T10:00:00Z","endpoint":"ovh-eu","via":"order",
            "subsidiary":"FR","cart_id":"c","plan_code":"project.2018","item_id":1,"description":"P",
            "voucher":null,"checkout":null,"order_id":null}"#;
        let entry: FlowEntry = serde_json::from_str(old).unwrap();
        assert_eq!(entry.project(), Some("P"));
        assert_eq!(entry.cart_description, None);
    }
}
