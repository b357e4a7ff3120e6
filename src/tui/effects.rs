//! Turns the wizard's `Effect` values into `api::flow` calls on background tasks; each
//! result comes back to the UI loop as the `Msg` that answers it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;

use crate::api::flow::{self, CheckoutOptions, ExpectedOrder};
use crate::api::models::ProductCreation;
use crate::api::{ApiError, Client, Endpoint, ErrorKind};
use crate::app::{self, Account, CartReady, Effect, Msg, OrderProgress, PlacedOrder, ProjectItem};
use crate::store::journal::Journal;
use crate::store::receipt::{self, WaiverConsent};

use super::onboarding::{self, Keys};
use crate::session::tracker::Tracker;

/// What effects need to run.
///
/// When the wizard starts on the onboarding screens, `client` has no usable credentials
/// and is not called: the core asks for API calls only after `Effect::UseCredentials`,
/// which replaces it (and `endpoint`) with the keys just made.
#[derive(Clone)]
pub struct Services {
    pub client: Client,
    pub endpoint: Endpoint,
    /// Where receipts go; `None` when no data dir could be found.
    pub data_dir: Option<PathBuf>,
    /// How often a placed order, or a consumer key awaiting validation, is read.
    pub follow_interval: Duration,
}

pub struct Executor {
    services: Services,
    tracker: Arc<Tracker>,
    tx: UnboundedSender<Msg>,
    /// Dropping it cancels the wait for a consumer key's validation.
    validation: Option<oneshot::Sender<()>>,
}

impl Executor {
    pub fn new(services: Services, tx: UnboundedSender<Msg>) -> Executor {
        let tracker = tracker_for(&services);
        Executor { services, tracker, tx, validation: None }
    }

    /// Runs one effect: those that change the executor itself now, the others in the background.
    pub fn run(&mut self, effect: Effect) {
        match effect {
            Effect::UseCredentials { endpoint, application_key, application_secret, consumer_key } => {
                let options = self.services.client.options().clone();
                let keys = Keys { endpoint, application_key, application_secret, consumer_key, options };
                match keys.client() {
                    Ok(client) => {
                        self.services.client = client;
                        self.services.endpoint = keys.endpoint;
                        self.tracker = tracker_for(&self.services);
                    }
                    Err(error) => tracing::error!(%error, "cannot make a client with the new keys"),
                }
            }
            Effect::CancelValidation => self.validation = None,
            Effect::WaitForValidation {
                req,
                endpoint,
                application_key,
                application_secret,
                consumer_key,
                timeout_secs,
            } => {
                let (cancel, cancelled) = oneshot::channel::<()>();
                // Replacing an earlier sender cancels that wait: only one runs.
                self.validation = Some(cancel);
                let options = self.services.client.options().clone();
                let keys = Keys { endpoint, application_key, application_secret, consumer_key, options };
                let (timeout, poll) = (Duration::from_secs(timeout_secs), self.services.follow_interval);
                let tx = self.tx.clone();
                tokio::spawn(async move {
                    let cancelled = async {
                        let _ = cancelled.await;
                    };
                    let msg = onboarding::wait_for_validation(req, keys, timeout, poll, cancelled).await;
                    let _ = tx.send(msg);
                });
            }
            effect => self.spawn(effect),
        }
    }

    /// Starts one effect in the background. `Quit` is the runtime's, not ours.
    pub fn spawn(&self, effect: Effect) {
        let services = self.services.clone();
        let tracker = self.tracker.clone();
        let tx = self.tx.clone();
        tokio::spawn(async move {
            if let Some(msg) = execute(&services, &tracker, effect, &tx).await {
                // The loop has ended when nobody listens; the answer has no one to tell.
                let _ = tx.send(msg);
            }
        });
    }

    /// Deletes a cart and waits for it: used before quitting, so the deletion is not cut off.
    pub async fn delete_cart_now(&self, cart_id: &str) -> Result<(), ApiError> {
        delete_cart(&self.services.client, cart_id).await?;
        self.tracker.cart_deleted(cart_id);
        Ok(())
    }
}

/// Runs one effect; the answer, if the effect has one (progress is sent as it comes).
async fn execute(services: &Services, tracker: &Tracker, effect: Effect, tx: &UnboundedSender<Msg>) -> Option<Msg> {
    let client = &services.client;
    let msg = match effect {
        Effect::LoadAccount { req } => {
            let (me, payment) = tokio::join!(flow::me(client), flow::default_payment_method(client));
            let result = me.and_then(|me| Ok(Account { me, default_payment_method: payment? }));
            Msg::AccountLoaded { req, result }
        }
        Effect::PrepareCart { req, subsidiary, replaces } => {
            let result = prepare_cart(client, &subsidiary, replaces.as_deref()).await;
            if let Ok(cart) = &result {
                tracker.cart_ready(&subsidiary, &cart.cart_id);
            }
            Msg::CartReady { req, result }
        }
        Effect::AddProject { req, cart_id, plan } => {
            let creation = ProductCreation {
                duration: plan.duration,
                plan_code: plan.plan_code,
                pricing_mode: plan.pricing_mode,
                quantity: 1,
            };
            let result = add_project(client, &cart_id, &creation).await;
            if let Ok(item) = &result {
                tracker.item_added(&creation.plan_code, item.item_id);
            }
            Msg::ProjectAdded { req, result }
        }
        Effect::SetConfiguration { req, cart_id, item_id, label, value } => {
            let result = flow::set_configuration(client, &cart_id, item_id, &label, &value).await;
            if result.is_ok() {
                tracker.configured(&label, Some(&value));
            }
            Msg::ConfigurationSet { req, label, result }
        }
        Effect::RemoveConfiguration { req, cart_id, item_id, label } => {
            let result = flow::remove_configuration(client, &cart_id, item_id, &label).await;
            if result.is_ok() {
                tracker.configured(&label, None);
            }
            Msg::ConfigurationRemoved { req, label, result }
        }
        Effect::CheckVoucher { req, code } => {
            let result = flow::check_voucher(client, &code).await;
            Msg::VoucherChecked { req, code, result }
        }
        Effect::LoadQuote { req, cart_id } => Msg::QuoteLoaded { req, result: flow::quote(client, &cart_id).await },
        Effect::Checkout { req, cart_id, auto_pay, waive_retraction, plan_code, project_name } => {
            let options = CheckoutOptions { auto_pay, waive_retraction };
            let expected = ExpectedOrder { plan_code, description: project_name };
            Msg::OrderPlaced { req, result: checkout(client, tracker, &cart_id, options, &expected).await }
        }
        Effect::FollowOrder { req, order_id } => {
            let report = |p: &flow::OrderProgress| {
                let progress = OrderProgress { status: p.status, follow_up: p.follow_up.clone() };
                let _ = tx.send(Msg::OrderProgress { req, progress });
            };
            match flow::follow_order(client, order_id, services.follow_interval, report).await {
                Ok(project_id) => Msg::ProjectDelivered { req, project_id },
                Err(error) => Msg::FollowFailed { req, error },
            }
        }
        Effect::WriteReceipt(receipt) => Msg::ReceiptWritten(write_receipt(services, receipt)),
        Effect::DeleteCart { cart_id } => {
            let result = delete_cart(client, &cart_id).await;
            if result.is_ok() {
                tracker.cart_deleted(&cart_id);
            }
            Msg::CartDeleted { cart_id, result }
        }
        Effect::ListCarts { req } => Msg::CartsListed { req, result: super::carts::list_carts(client).await },
        Effect::LoadCart { req, cart_id } => {
            Msg::CartLoaded { req, result: super::carts::load_cart(client, &cart_id).await }
        }
        Effect::DeleteItem { req, cart_id, item_id } => {
            Msg::CartPartDeleted { req, result: flow::delete_item(client, &cart_id, item_id).await }
        }
        Effect::DeleteConfiguration { req, cart_id, item_id, configuration_id } => {
            let result = flow::delete_configuration(client, &cart_id, item_id, configuration_id).await;
            Msg::CartPartDeleted { req, result }
        }
        Effect::RequestConsumerKey { req, endpoint, application_key, .. } => {
            onboarding::request_consumer_key(req, &endpoint, &application_key, client.options()).await
        }
        Effect::SaveCredentials { req, file, endpoint, application_key, application_secret, consumer_key } => {
            let options = client.options().clone();
            let keys = Keys { endpoint, application_key, application_secret, consumer_key, options };
            onboarding::save(req, file, keys).await
        }
        // Handled by `Executor::run`, or by the runtime.
        Effect::WaitForValidation { .. }
        | Effect::CancelValidation
        | Effect::UseCredentials { .. }
        | Effect::Quit { .. } => {
            return None;
        }
    };
    Some(msg)
}

/// Journals the flow under the endpoint's section.
fn tracker_for(services: &Services) -> Arc<Tracker> {
    let journal = services.data_dir.as_deref().map(Journal::new);
    Arc::new(Tracker::new(journal, &services.endpoint.config_section(), "wizard"))
}

/// Deletes the cart being replaced (one already gone is fine), then prepares a new one.
async fn prepare_cart(client: &Client, subsidiary: &str, replaces: Option<&str>) -> Result<CartReady, ApiError> {
    if let Some(old) = replaces {
        delete_cart(client, old).await?;
    }
    let description = flow::cart_description(chrono::Utc::now());
    let (cart, offers) = flow::prepare_cart(client, subsidiary, &description).await?;
    Ok(CartReady { cart_id: cart.cart_id, subsidiary: subsidiary.to_owned(), expire: cart.expire, offers })
}

async fn delete_cart(client: &Client, cart_id: &str) -> Result<(), ApiError> {
    match flow::delete_cart(client, cart_id).await {
        Err(e) if e.kind == ErrorKind::CartNotFound => Ok(()),
        other => other,
    }
}

async fn add_project(client: &Client, cart_id: &str, plan: &ProductCreation) -> Result<ProjectItem, ApiError> {
    let item = flow::add_project(client, cart_id, plan).await?;
    let requirements = flow::required_configuration(client, cart_id, item.item_id).await?;
    Ok(ProjectItem { item_id: item.item_id, requirements })
}

/// Checkout, then payment of a zero total (as the Control Panel does): the guard is taken
/// just before, so a lost answer can be traced to the one order it created.
async fn checkout(
    client: &Client,
    tracker: &Tracker,
    cart_id: &str,
    options: CheckoutOptions,
    expected: &ExpectedOrder,
) -> Result<PlacedOrder, ApiError> {
    let guard = flow::checkout_guard(client).await?;
    tracker.checkout_sending(cart_id, expected, &guard, options);
    let placed = flow::checkout(client, cart_id, options, &guard, expected).await?;
    tracker.ordered();
    let free = placed.prices.with_tax.is_zero();
    if free && !options.auto_pay {
        flow::pay_free_order(client, placed.order_id).await?;
    }
    Ok(PlacedOrder {
        order_id: placed.order_id,
        url: placed.url,
        prices: placed.prices,
        paid: options.auto_pay || free,
        reconciled: placed.reconciled,
    })
}

fn write_receipt(services: &Services, receipt: app::Receipt) -> Result<String, String> {
    let Some(dir) = &services.data_dir else {
        return Err("no data directory (set OVHCART_DATA_DIR)".to_owned());
    };
    let stored = receipt::Receipt {
        order_id: receipt.order_id,
        cart_id: receipt.cart_id,
        endpoint: receipt.endpoint,
        subsidiary: receipt.subsidiary,
        project_name: receipt.project_name,
        voucher: receipt.voucher,
        auto_pay: receipt.auto_pay,
        total: receipt.total,
        payment_url: receipt.payment_url,
        placed_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        waiver: WaiverConsent {
            given: receipt.waiver_consent,
            text: receipt.waiver_text,
            language: receipt.waiver_language,
            via: "checkbox".to_owned(),
        },
    };
    receipt::write_receipt(dir, &stored).map(|p| p.display().to_string()).map_err(|e| format!("{}: {e}", dir.display()))
}
