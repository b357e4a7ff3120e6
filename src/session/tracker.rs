//! Keeps a flow's journal entry in step with what it changed on the server, so that a run
//! that dies (the wizard or `ovhcart order`) leaves enough behind to resume the cart or
//! settle a checkout.

use std::sync::Mutex;

use crate::api::flow::{CheckoutGuard, CheckoutOptions, ExpectedOrder};
use crate::store::journal::{CheckoutEntry, FlowEntry, Journal};

pub struct Tracker {
    journal: Option<Journal>,
    entry: Mutex<FlowEntry>,
}

impl Tracker {
    /// `via` says which mode runs the flow (`wizard`, `plain`, `order`).
    pub fn new(journal: Option<Journal>, endpoint: &str, via: &str) -> Tracker {
        Tracker { journal, entry: Mutex::new(FlowEntry::new(endpoint, via)) }
    }

    /// Carries on the entry an earlier run left (its cart is being resumed), so that its
    /// record is replaced rather than doubled.
    pub fn resume(journal: Option<Journal>, entry: FlowEntry) -> Tracker {
        Tracker { journal, entry: Mutex::new(entry) }
    }

    /// The flow's entry as it stands (what a checkout of unknown outcome is settled from).
    pub fn entry(&self) -> FlowEntry {
        self.entry.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Changes the entry and writes it, once there is a cart to speak of. A journal that
    /// cannot be written is logged, not fatal: it must not stop anyone from ordering.
    fn update(&self, change: impl FnOnce(&mut FlowEntry)) {
        let mut entry = self.entry.lock().unwrap_or_else(|e| e.into_inner());
        change(&mut entry);
        if let (Some(journal), Some(_)) = (&self.journal, &entry.cart_id)
            && let Err(e) = journal.record(&entry)
        {
            tracing::warn!(error = %e, "the journal could not be written");
        }
    }

    /// A new cart replaces whatever the flow had: item and configurations start over.
    pub fn cart_ready(&self, subsidiary: &str, cart_id: &str) {
        self.update(|e| {
            e.subsidiary = Some(subsidiary.to_owned());
            e.cart_id = Some(cart_id.to_owned());
            (e.plan_code, e.item_id, e.description, e.voucher) = (None, None, None, None);
        });
    }

    pub fn item_added(&self, plan_code: &str, item_id: i64) {
        self.update(|e| (e.plan_code, e.item_id) = (Some(plan_code.to_owned()), Some(item_id)));
    }

    /// `value` is `None` once the label was removed.
    pub fn configured(&self, label: &str, value: Option<&str>) {
        self.update(|e| match label {
            "description" => e.description = value.map(str::to_owned),
            "voucher" => e.voucher = value.map(str::to_owned),
            _ => {}
        });
    }

    /// Written before the checkout leaves, so that a crash in flight can be settled later.
    /// It names the cart and the expected project itself: a resumed cart was never
    /// prepared by this run.
    pub fn checkout_sending(
        &self,
        cart_id: &str,
        expected: &ExpectedOrder,
        guard: &CheckoutGuard,
        options: CheckoutOptions,
    ) {
        self.update(|e| {
            if e.cart_id.as_deref() != Some(cart_id) {
                e.cart_id = Some(cart_id.to_owned());
                e.item_id = None;
            }
            e.plan_code = Some(expected.plan_code.clone());
            e.description = Some(expected.description.clone());
            e.checkout = Some(CheckoutEntry::sending(guard, options));
        });
    }

    /// The order exists: the receipt takes over, the flow is done.
    pub fn ordered(&self) {
        self.close();
    }

    /// The cart was deleted: nothing to resume.
    pub fn cart_deleted(&self, cart_id: &str) {
        let ours = self.entry.lock().unwrap_or_else(|e| e.into_inner()).cart_id.as_deref() == Some(cart_id);
        if ours {
            self.close();
        }
    }

    /// The flow is over without an order (its cart is gone): nothing to resume.
    pub fn close(&self) {
        let entry = self.entry.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(journal) = &self.journal
            && let Err(e) = journal.close(&entry.id)
        {
            tracing::warn!(error = %e, "the journal entry could not be removed");
        }
    }
}
