//! Turns the wizard's `Effect` values into `api::flow` calls on background tasks; each
//! result comes back to the UI loop as the `Msg` that answers it.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc::UnboundedSender;
use tokio::sync::oneshot;

use crate::api::client::{RetryObserver, Retrying};
use crate::api::flow::{self, CheckoutOptions};
use crate::api::models::ProductCreation;
use crate::api::{ApiError, Client, Endpoint, ErrorKind};
use crate::app::state::Stopped;
use crate::app::{self, Account, CartReady, Effect, Msg, ProjectItem, State};
use crate::store::journal::{FlowEntry, Journal};

use super::onboarding::{self, Keys};
use super::place::{self, Placement};
use super::recover::{self, Recovered};
use super::tracker::Tracker;

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
    /// The front end the effects serve (`wizard` or `plain`): journaled with each flow,
    /// and it says how the waiver was given (a ticked box, or a typed word).
    pub front_end: FrontEnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrontEnd {
    Wizard,
    Plain,
}

impl FrontEnd {
    pub fn name(self) -> &'static str {
        match self {
            FrontEnd::Wizard => "wizard",
            FrontEnd::Plain => "plain",
        }
    }

    /// How a consent is given in this front end, as receipts record it.
    pub fn consent_via(self) -> &'static str {
        match self {
            FrontEnd::Wizard => "checkbox",
            FrontEnd::Plain => "typed",
        }
    }
}

pub struct Executor {
    services: Services,
    tracker: Arc<Tracker>,
    tx: UnboundedSender<Msg>,
    /// Dropping it cancels the wait for a consumer key's validation.
    validation: Option<oneshot::Sender<()>>,
}

impl Executor {
    pub fn new(mut services: Services, tx: UnboundedSender<Msg>) -> Executor {
        // Retries show on the status line (the client keeps this through new credentials).
        let retries = tx.clone();
        let observer: RetryObserver = Arc::new(move |retry: &Retrying| {
            let _ = retries.send(Msg::Retrying { attempt: retry.attempt });
        });
        services.client = services.client.with_retry_observer(observer);
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
        Effect::SettleEarlierRuns => {
            let found = match &services.data_dir {
                Some(dir) => {
                    let (journal, section) = (Journal::new(dir), services.endpoint.config_section());
                    recover::recover_others(client, &journal, &section, Some(&tracker.entry().id)).await
                }
                None => Vec::new(),
            };
            Msg::EarlierRunsSettled(found.into_iter().filter_map(earlier_run).collect())
        }
        Effect::LoadAccount { req } => {
            let (me, payment, eligibility) =
                tokio::join!(flow::me(client), flow::default_payment_method(client), flow::eligibility(client, None));
            let eligibility = eligibility.unwrap_or_else(|error| {
                tracing::warn!(%error, "the account's eligibility could not be read; the checkout will tell");
                None
            });
            let result = me.and_then(|me| {
                let control_panel = services.endpoint.control_panel_url(&me.ovh_subsidiary).to_owned();
                Ok(Account { me, default_payment_method: payment?, eligibility, control_panel })
            });
            Msg::AccountLoaded { req, result }
        }
        Effect::PrepareCart { req, subsidiary, replaces } => {
            let plan_code = services.endpoint.project_plan_code(&subsidiary);
            let result = prepare_cart(client, tracker, &subsidiary, plan_code, replaces.as_deref()).await;
            if let Ok(cart) = &result {
                tracker.cart_ready(&subsidiary, &cart.cart_id);
            }
            Msg::CartReady { req, result }
        }
        Effect::AddProject { req, cart_id, plan, fresh } => {
            let creation = plan.creation();
            let result = add_project(client, &cart_id, &creation, fresh).await;
            if let Ok(item) = &result {
                tracker.item_added(&creation.plan_code, item.item_id);
            }
            Msg::ProjectAdded { req, result }
        }
        Effect::SetConfiguration { req, cart_id, item_id, label, value, absent } => {
            let result = match absent {
                true => flow::add_configuration(client, &cart_id, item_id, label, &value).await,
                false => flow::set_configuration(client, &cart_id, item_id, label, &value).await,
            };
            if result.is_ok() {
                tracker.configured(label, Some(&value));
            }
            Msg::ConfigurationSet { req, label, result }
        }
        Effect::RemoveConfiguration { req, cart_id, item_id, label } => {
            let result = flow::remove_configuration(client, &cart_id, item_id, label).await;
            if result.is_ok() {
                tracker.configured(label, None);
            }
            Msg::ConfigurationRemoved { req, label, result }
        }
        Effect::AddOption { req, cart_id, item_id, option } => {
            let result = flow::add_option(client, &cart_id, item_id, &option).await;
            if let Ok(item) = &result {
                tracker.option_set(&option.plan_code, Some(item.item_id));
            }
            Msg::OptionSet { req, kind: option.kind, result: result.map(|_| true) }
        }
        Effect::RemoveOption { req, cart_id, item_id, kind } => {
            let result = flow::remove_option(client, &cart_id, item_id, kind).await;
            if result.is_ok() {
                tracker.option_removed(kind);
            }
            Msg::OptionSet { req, kind, result: result.map(|()| false) }
        }
        Effect::CheckVoucher { req, code } => {
            // The US API has no eligibility route: the review's quote checks the voucher.
            let result = flow::eligibility(client, Some(&code)).await.map(Option::unwrap_or_default);
            Msg::VoucherChecked { req, code, result }
        }
        Effect::LoadQuote { req, cart_id } => Msg::QuoteLoaded { req, result: flow::quote(client, &cart_id).await },
        Effect::Checkout { req, cart_id, auto_pay, waive_retraction, receipt } => {
            let options = CheckoutOptions { auto_pay, waive_retraction };
            let expected = receipt.expected();
            let draft = (*receipt).given(services.front_end.name(), services.front_end.consent_via());
            let data_dir = services.data_dir.as_deref();
            match place::place_order(client, tracker, data_dir, &cart_id, options, &expected, None, draft).await {
                Ok(placement) => {
                    let _ = tx.send(Msg::OrderPlaced { req, result: Ok(placement.order) });
                    Msg::ReceiptWritten(placement.receipt)
                }
                Err(error) => Msg::OrderPlaced { req, result: Err(error) },
            }
        }
        Effect::FollowOrder { req, order_id } => {
            let report = |progress: &flow::OrderProgress| {
                let _ = tx.send(Msg::OrderProgress { req, progress: progress.clone() });
            };
            let subsidiary = tracker.entry().subsidiary.unwrap_or_default();
            let control_panel = services.endpoint.control_panel_url(&subsidiary).to_owned();
            match flow::follow_order(client, order_id, services.follow_interval, report).await {
                Ok(flow::Followed::Delivered(project_id)) => Msg::ProjectDelivered { req, project_id },
                Ok(flow::Followed::Held(held)) => {
                    Msg::FollowStopped { req, stopped: Stopped::Held { held, control_panel } }
                }
                Ok(flow::Followed::Refused(error)) => {
                    Msg::FollowStopped { req, stopped: Stopped::Refused { error, control_panel } }
                }
                Err(error) => Msg::FollowFailed { req, error },
            }
        }
        Effect::DeleteCart { cart_id } => {
            let result = delete_cart(client, &cart_id).await;
            if result.is_ok() {
                tracker.cart_deleted(&cart_id);
            }
            Msg::CartDeleted { cart_id, result }
        }
        Effect::ListCarts { req } => {
            let unsettled = unsettled_checkouts(services).into_iter().filter_map(|e| e.cart_id).collect::<Vec<_>>();
            Msg::CartsListed { req, result: super::carts::list_carts(client, &unsettled).await }
        }
        Effect::RecheckOrder { req, cart_id } => {
            let (result, receipt) = recheck(services, tracker, &cart_id).await;
            match receipt {
                Some(receipt) => {
                    let _ = tx.send(Msg::OrderRechecked { req, result });
                    Msg::ReceiptWritten(receipt)
                }
                None => Msg::OrderRechecked { req, result },
            }
        }
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
        Effect::OpenUrl { req, url } => {
            let result = tokio::task::spawn_blocking(move || super::browser::open(&url))
                .await
                .unwrap_or_else(|error| Err(error.to_string()));
            Msg::UrlOpened { req, result }
        }
        // Handled by `Executor::run`, or by the runtime (the clipboard is the terminal's:
        // the full screen writes it; another front end has none).
        Effect::WaitForValidation { .. }
        | Effect::CancelValidation
        | Effect::UseCredentials { .. }
        | Effect::CopyToClipboard { .. }
        | Effect::Quit { .. } => {
            return None;
        }
    };
    Some(msg)
}

/// What the person must know of an earlier run's flow: an order placed after all, or one
/// whose fate is unknown. An open cart is the cart browser's to show.
fn earlier_run(recovered: Recovered) -> Option<app::EarlierRun> {
    match recovered {
        Recovered::Ordered { entry, placement } => Some(app::EarlierRun::Ordered {
            order_id: placement.order.order_id,
            project: entry.project().unwrap_or_default().to_owned(),
        }),
        Recovered::Unsettled { entry, error } => {
            Some(app::EarlierRun::Unsettled { project: entry.project().unwrap_or_default().to_owned(), error })
        }
        Recovered::OpenCart(_) => None,
    }
}

/// Journals the flow under the endpoint's section.
fn tracker_for(services: &Services) -> Arc<Tracker> {
    let journal = services.data_dir.as_deref().map(Journal::new);
    Arc::new(Tracker::new(journal, &services.endpoint.config_section(), services.front_end.name()))
}

/// Deletes the cart being replaced (one already gone is fine), then prepares a new one:
/// created, then assigned while its offers and the options of the plan ovhcart orders
/// (`plan_code`) are read. Options that cannot be read are not offered.
async fn prepare_cart(
    client: &Client,
    tracker: &Tracker,
    subsidiary: &str,
    plan_code: &str,
    replaces: Option<&str>,
) -> Result<CartReady, ApiError> {
    if let Some(old) = replaces {
        delete_cart(client, old).await?;
    }
    let description = flow::cart_description(chrono::Utc::now());
    tracker.intent(None, &description);
    let cart = flow::create_cart(client, subsidiary, &description).await?;
    let (assigned, offers, options) = tokio::join!(
        flow::assign_cart(client, &cart.cart_id),
        flow::list_offers(client, &cart.cart_id),
        flow::list_options(client, &cart.cart_id, plan_code),
    );
    assigned?;
    let offers = offers?;
    let options = match options {
        Ok(options) => vec![(plan_code.to_owned(), options)],
        Err(error) => {
            tracing::warn!(%error, plan_code, "the plan's options could not be read; none is offered");
            Vec::new()
        }
    };
    Ok(CartReady { cart_id: cart.cart_id, subsidiary: subsidiary.to_owned(), expire: cart.expire, offers, options })
}

async fn delete_cart(client: &Client, cart_id: &str) -> Result<(), ApiError> {
    match flow::delete_cart(client, cart_id).await {
        Err(e) if e.kind == ErrorKind::CartNotFound => Ok(()),
        other => other,
    }
}

/// The project item, added to a cart known to hold none (`fresh`) without reading it first;
/// else only if the cart has none yet. A lost answer is settled by reading back either way.
async fn add_project(
    client: &Client,
    cart_id: &str,
    plan: &ProductCreation,
    fresh: bool,
) -> Result<ProjectItem, ApiError> {
    let item = match fresh {
        true => flow::add_project_to_new_cart(client, cart_id, plan).await?,
        false => flow::add_project(client, cart_id, plan).await?,
    };
    let requirements = flow::required_configuration(client, cart_id, item.item_id).await?;
    Ok(ProjectItem { item_id: item.item_id, requirements })
}

/// The journal's flows against this endpoint whose checkout's outcome is unknown.
fn unsettled_checkouts(services: &Services) -> Vec<FlowEntry> {
    let Some(dir) = &services.data_dir else { return Vec::new() };
    let mut entries = Journal::new(dir).unfinished(&services.endpoint.config_section());
    entries.retain(FlowEntry::checkout_unsettled);
    entries
}

/// Settles again a checkout of unknown outcome from what was recorded before it was sent
/// (this run's flow, else an earlier run's journal entry), as the next start would; never
/// sends it. A found order is finished as after a checkout's answer (receipt, and the
/// payment of a free order), whose receipt's path (or failure) comes with it.
async fn recheck(
    services: &Services,
    tracker: &Tracker,
    cart_id: &str,
) -> (app::Recheck, Option<Result<String, String>>) {
    let own = tracker.entry();
    let ours = own.cart_id.as_deref() == Some(cart_id) && own.checkout.is_some();
    let earlier = match ours {
        true => None,
        false => unsettled_checkouts(services)
            .into_iter()
            .find(|e| e.cart_id.as_deref() == Some(cart_id))
            .map(|entry| Tracker::resume(services.data_dir.as_deref().map(Journal::new), entry)),
    };
    let Some(tracker) = earlier.as_ref().or(ours.then_some(tracker)) else {
        let why =
            "no record of this checkout was found in the journal, so its order cannot be told apart; nothing was sent";
        let path = format!("/order/cart/{cart_id}/checkout");
        let unknown = crate::api::error::Outcome::Unknown;
        let error = ApiError::without_answer(ErrorKind::InvalidResponse, unknown, "POST", &path, why);
        return (app::Recheck::StillUnknown(error), None);
    };
    match recover::settle(&services.client, tracker).await {
        Some(Recovered::Ordered { placement, .. }) => {
            let Placement { order, receipt } = *placement;
            (app::Recheck::Found(order), Some(receipt))
        }
        Some(Recovered::Unsettled { error, .. }) => (app::Recheck::StillUnknown(error), None),
        Some(Recovered::OpenCart(_)) | None => (app::Recheck::NotOrdered, None),
    }
}

/// Starts the effects in order; a `Quit` first finishes the cart deletions asked for
/// before it (so quitting with "delete the cart" really deletes it, and the state knows),
/// then ends the loop.
pub async fn run_effects(executor: &mut Executor, state: &mut State, effects: Vec<Effect>) -> Option<i32> {
    let quit = effects.iter().find_map(|e| match e {
        Effect::Quit { code } => Some(*code),
        _ => None,
    });
    for effect in effects {
        match (effect, quit) {
            (Effect::Quit { .. }, _) => {}
            (Effect::DeleteCart { cart_id }, Some(_)) => {
                let result = executor.delete_cart_now(&cart_id).await;
                if let Err(e) = &result {
                    tracing::warn!(cart_id, error = %e, "could not delete the cart on quit");
                }
                app::update(state, Msg::CartDeleted { cart_id, result });
            }
            (effect, _) => executor.run(effect),
        }
    }
    quit
}
