//! The local receipt of a placed order: what was ordered, when, and every consent it was
//! placed with (the withdrawal waiver, the contracts accepted, for `IT` the clauses
//! approved): each with the exact text shown, its language, how and when it was given.
//! One JSON file per order, written atomically.
//!
//! The consents are known before the checkout is sent, the order only after: the journal
//! keeps the [`ReceiptDraft`] from the checkout on, so that a run that dies between the
//! order and its receipt leaves the next run everything it needs to write it.

use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The draft and its consents are `api::flow`'s types (the core makes them, the engine
/// journals them): one type from the core to this file.
pub use crate::api::flow::{Consent, Document, ReceiptDraft};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    pub order_id: i64,
    pub cart_id: String,
    pub endpoint: String,
    pub subsidiary: String,
    #[serde(default)]
    pub plan_code: String,
    pub project_name: String,
    pub voucher: Option<String>,
    /// The plan codes of the options ordered with the project (the HDS certification).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    pub auto_pay: bool,
    /// Who placed the order: `wizard`, `plain` or `order` (the command).
    #[serde(default)]
    pub front_end: String,
    pub total: String,
    pub payment_url: Option<String>,
    /// When the order was placed (UTC, RFC 3339).
    pub placed_at: String,
    pub waiver: Consent,
    /// The contracts accepted, each named with its address (absent from the receipts of
    /// an older ovhcart).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contracts: Option<Consent>,
    /// For the `IT` subsidiary: the clauses of art. 1341 and 1342 approved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub italian_clauses: Option<Consent>,
}

/// What the order adds to its draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderFacts {
    pub order_id: i64,
    pub total: String,
    pub payment_url: Option<String>,
}

impl ReceiptDraft {
    /// The receipt of the order the draft was checked out as.
    pub fn complete(&self, order: &OrderFacts) -> Receipt {
        Receipt {
            order_id: order.order_id,
            cart_id: self.cart_id.clone(),
            endpoint: self.endpoint.clone(),
            subsidiary: self.subsidiary.clone(),
            plan_code: self.plan_code.clone(),
            project_name: self.project_name.clone(),
            voucher: self.voucher.clone(),
            options: self.options.clone(),
            auto_pay: self.auto_pay,
            front_end: self.front_end.clone(),
            total: order.total.clone(),
            payment_url: order.payment_url.clone(),
            placed_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            waiver: self.waiver.clone(),
            contracts: self.contracts.clone(),
            italian_clauses: self.italian_clauses.clone(),
        }
    }
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

/// The receipt already written for `order_id`, if any.
pub fn read_receipt(data_dir: &Path, order_id: i64) -> Option<(PathBuf, Receipt)> {
    let path = data_dir.join("receipts").join(format!("order-{order_id}.json"));
    let receipt = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    Some((path, receipt))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn consent(text: &str) -> Consent {
        Consent {
            given: true,
            text: text.into(),
            language: "en".into(),
            via: String::new(),
            given_at: String::new(),
            documents: Vec::new(),
        }
    }

    fn draft() -> ReceiptDraft {
        let contract = Document { name: "General Terms".into(), url: "https://example.test/terms.pdf".into() };
        ReceiptDraft {
            cart_id: "c".into(),
            endpoint: "ovh-eu".into(),
            subsidiary: "FR".into(),
            plan_code: "project.2018".into(),
            project_name: "P".into(),
            voucher: None,
            options: vec!["certification.hds.2018".into()],
            auto_pay: false,
            front_end: String::new(),
            waiver: consent("t"),
            contracts: Some(Consent { documents: vec![contract], ..consent("c") }),
            italian_clauses: None,
        }
    }

    #[test]
    fn the_receipt_keeps_the_plan_the_options_and_how_consent_was_given() {
        let facts = OrderFacts { order_id: 7, total: "0.00 €".into(), payment_url: None };
        let receipt = draft().given_at("wizard", "checkbox", "2026-11-21T10:00:00Z").complete(&facts);
        assert_eq!(receipt.plan_code, "project.2018");
        assert_eq!(receipt.options, ["certification.hds.2018"]);
        assert_eq!(receipt.waiver.via, "checkbox");
        assert_eq!(receipt.front_end, "wizard");
        let json = serde_json::to_value(&receipt).unwrap();
        assert_eq!(json["plan_code"], "project.2018");
        assert_eq!(json["options"][0], "certification.hds.2018");
        for consent in ["waiver", "contracts"] {
            assert_eq!(json[consent]["via"], "checkbox", "{consent}");
            assert_eq!(json[consent]["given_at"], "2026-11-21T10:00:00Z", "{consent}");
        }
        assert_eq!(json["contracts"]["documents"][0]["name"], "General Terms");
        assert_eq!(json["contracts"]["documents"][0]["url"], "https://example.test/terms.pdf");
        assert!(json["waiver"].get("documents").is_none(), "no documents, no field");
        assert!(json.get("italian_clauses").is_none(), "not for FR");
        let plain = ReceiptDraft { options: vec![], ..draft() }.complete(&facts);
        assert!(serde_json::to_value(&plain).unwrap().get("options").is_none(), "no options, no field");
    }

    #[test]
    fn an_older_receipt_or_draft_still_reads() {
        let old = r#"{"cart_id":"c","endpoint":"ovh-eu","subsidiary":"FR","plan_code":"p","project_name":"P",
            "voucher":null,"auto_pay":false,"waiver":{"given":true,"text":"t","language":"en","via":"typed"}}"#;
        let draft: ReceiptDraft = serde_json::from_str(old).unwrap();
        assert_eq!((draft.contracts, draft.italian_clauses), (None, None));
        assert_eq!(draft.waiver.given_at, "");
    }
}
