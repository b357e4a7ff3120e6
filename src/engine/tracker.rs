//! Keeps a flow's journal entry in step with what it is about to change on the server, so
//! that a run that dies at any instant (the wizard, `--plain` or `ovhcart order`) leaves
//! enough behind to find its cart, settle its checkout, pay a free order and write the
//! receipt (see `store::journal` and `engine::recover`).

use std::sync::Mutex;

use crate::api::flow::{CheckoutGuard, CheckoutOptions, ExpectedOrder, PlacedOrder};
use crate::api::products::{ConfigLabel, OptionKind, PROJECT};
use crate::store::journal::{CheckoutEntry, FlowEntry, Journal, OrderEntry, PaymentEntry};
use crate::store::receipt::ReceiptDraft;

pub struct Tracker {
    journal: Option<Journal>,
    entry: Mutex<FlowEntry>,
}

impl Tracker {
    /// `via` says which mode runs the flow (`wizard`, `plain`, `order`).
    pub fn new(journal: Option<Journal>, endpoint: &str, via: &str) -> Tracker {
        Tracker { journal, entry: Mutex::new(FlowEntry::new(endpoint, via)) }
    }

    /// Carries on the entry an earlier run left (its cart is being resumed, or its order
    /// finished), so that its record is replaced rather than doubled.
    pub fn resume(journal: Option<Journal>, entry: FlowEntry) -> Tracker {
        Tracker { journal, entry: Mutex::new(entry) }
    }

    /// A copy of the entry as it stands.
    pub fn entry(&self) -> FlowEntry {
        self.entry.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Changes the entry and writes it. A journal that cannot be written is logged, not
    /// fatal: it must not stop anyone from ordering.
    fn update(&self, change: impl FnOnce(&mut FlowEntry)) {
        let mut entry = self.entry.lock().unwrap_or_else(|e| e.into_inner());
        change(&mut entry);
        if let Some(journal) = &self.journal
            && let Err(e) = journal.record(&entry)
        {
            tracing::warn!(error = %e, "the journal could not be written");
        }
    }

    /// Before a cart is asked for: the project (if already known) and the unique
    /// description the cart will be created with. A cart the flow had before is gone.
    pub fn intent(&self, project_name: Option<&str>, cart_description: &str) {
        self.update(|e| {
            if let Some(name) = project_name {
                e.project_name = Some(name.to_owned());
            }
            e.cart_description = Some(cart_description.to_owned());
            (e.subsidiary, e.cart_id, e.plan_code, e.item_id, e.description, e.voucher) =
                (None, None, None, None, None, None);
            e.options.clear();
        });
    }

    /// Where receipts go: the journal's data dir.
    pub fn data_dir(&self) -> Option<std::path::PathBuf> {
        self.journal.as_ref().and_then(|j| j.data_dir().map(std::path::Path::to_path_buf))
    }

    /// The flow's cart, found by its description after its creation answer was lost.
    pub fn cart_found(&self, cart_id: &str) {
        self.update(|e| e.cart_id = Some(cart_id.to_owned()));
    }

    /// A new cart replaces whatever the flow had: item and configurations start over.
    pub fn cart_ready(&self, subsidiary: &str, cart_id: &str) {
        self.update(|e| {
            e.subsidiary = Some(subsidiary.to_owned());
            e.cart_id = Some(cart_id.to_owned());
            (e.plan_code, e.item_id, e.description, e.voucher) = (None, None, None, None);
            e.options.clear();
        });
    }

    pub fn item_added(&self, plan_code: &str, item_id: i64) {
        self.update(|e| (e.plan_code, e.item_id) = (Some(plan_code.to_owned()), Some(item_id)));
    }

    /// `value` is `None` once the label was removed.
    pub fn configured(&self, label: ConfigLabel, value: Option<&str>) {
        let value = value.map(str::to_owned);
        self.update(|e| match label {
            ConfigLabel::Description => e.description = value,
            ConfigLabel::Voucher => e.voucher = value,
        });
    }

    /// An option (its plan code) is on the project item (its own item id, when known).
    pub fn option_set(&self, plan_code: &str, item_id: Option<i64>) {
        self.update(|e| {
            e.options.retain(|o| o.plan_code != plan_code);
            e.options.push(crate::store::journal::OptionEntry { plan_code: plan_code.to_owned(), item_id });
        });
    }

    /// The project item has no option of this kind any more.
    pub fn option_removed(&self, kind: OptionKind) {
        self.update(|e| e.options.retain(|o| PROJECT.option_of_plan(&o.plan_code).is_none_or(|d| d.kind != kind)));
    }

    /// Written before the checkout leaves, so that a crash in flight can be settled later.
    /// It names the cart and the expected project itself (a resumed cart was never
    /// prepared by this run), and keeps the receipt's draft, consent included.
    pub fn checkout_sending(
        &self,
        cart_id: &str,
        expected: &ExpectedOrder,
        guard: &CheckoutGuard,
        options: CheckoutOptions,
        receipt: ReceiptDraft,
    ) {
        self.adopt_flow_of(cart_id);
        self.update(|e| {
            if e.cart_id.as_deref() != Some(cart_id) {
                e.cart_id = Some(cart_id.to_owned());
                e.item_id = None;
            }
            e.plan_code = Some(expected.plan_code.clone());
            e.description = Some(expected.description.clone());
            e.project_name.get_or_insert_with(|| expected.description.clone());
            e.checkout = Some(CheckoutEntry::sending(guard, options, Some(receipt)));
        });
    }

    /// A cart that an earlier run's flow made (resumed from the cart browser) carries on
    /// that flow's entry, so that it is settled once, not left behind as a second flow.
    fn adopt_flow_of(&self, cart_id: &str) {
        let Some(journal) = &self.journal else { return };
        let mut entry = self.entry.lock().unwrap_or_else(|e| e.into_inner());
        if entry.cart_id.as_deref() == Some(cart_id) {
            return;
        }
        let Some(earlier) = journal.with_cart(&entry.endpoint, cart_id).filter(|e| e.id != entry.id) else { return };
        if let Err(e) = journal.close(&entry.id) {
            tracing::warn!(error = %e, "the journal entry could not be removed");
        }
        (entry.id, entry.started_at, entry.cart_description) =
            (earlier.id, earlier.started_at, earlier.cart_description);
        entry.project_name = entry.project_name.take().or(earlier.project_name);
    }

    /// The checkout was proven not to have ordered anything: the cart is open again.
    pub fn checkout_not_placed(&self) {
        self.update(|e| e.checkout = None);
    }

    /// The order exists; its payment and receipt are still to come.
    pub fn ordered(&self, placed: &PlacedOrder) {
        self.update(|e| {
            e.order_id = Some(placed.order_id);
            e.order = Some(OrderEntry {
                url: placed.url.clone(),
                total: placed.prices.with_tax.text.clone(),
                free: placed.prices.with_tax.is_zero(),
            });
        });
    }

    /// Written before the payment of a free order is sent.
    pub fn paying(&self) {
        self.update(|e| e.payment = Some(PaymentEntry::sending()));
    }

    pub fn paid(&self) {
        self.update(|e| e.payment.get_or_insert_with(PaymentEntry::sending).paid = true);
    }

    pub fn receipt_written(&self, path: &str) {
        self.update(|e| e.receipt = Some(path.to_owned()));
    }

    /// Ends the entry if nothing is left to do for its order.
    pub fn finish(&self) {
        if self.entry.lock().unwrap_or_else(|e| e.into_inner()).finished() {
            self.close();
        }
    }

    /// The cart was deleted: nothing to resume (unless the flow already ordered).
    pub fn cart_deleted(&self, cart_id: &str) {
        let entry = self.entry();
        if entry.cart_id.as_deref() == Some(cart_id) && entry.order_id.is_none() {
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
