//! The IO the wizard asks for, as data. The runtime executes each effect in a background
//! task, in the order given, and answers with the matching [`super::Msg`] carrying `req`.
//! Secrets travel as [`Secret`], so that `Debug` never shows them.

use std::path::PathBuf;

use crate::api::endpoints::Endpoint;
pub use crate::api::flow::{OptionChoice, PlanChoice, ReceiptDraft};
pub use crate::api::products::{ConfigLabel, OptionKind};
use crate::api::secret::Secret;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Settles what earlier runs left unfinished in the journal (never this run's own flow)
    /// → `Msg::EarlierRunsSettled`.
    SettleEarlierRuns,
    /// `GET /me` and the default payment method → `Msg::AccountLoaded`.
    LoadAccount { req: u64 },
    /// Delete `replaces` (if any; a cart already gone is fine), create a cart for
    /// `subsidiary`, assign it, list its Public Cloud offers → `Msg::CartReady`.
    PrepareCart { req: u64, subsidiary: String, replaces: Option<String> },
    /// `POST /order/cart/{cart_id}/cloud` with quantity 1 → `Msg::ProjectAdded`.
    /// With `fresh` (a cart this run made, with no attempt that may have added it before),
    /// the cart is known to hold no project and is not read first.
    AddProject { req: u64, cart_id: String, plan: PlanChoice, fresh: bool },
    /// Sets `label` on the item, deleting any configuration with that label first; with
    /// `absent` (the item is known to have none), adds it without reading the item first
    /// → `Msg::ConfigurationSet`. Either way a lost answer is settled by reading back.
    SetConfiguration { req: u64, cart_id: String, item_id: i64, label: ConfigLabel, value: String, absent: bool },
    /// Deletes every configuration with `label` → `Msg::ConfigurationRemoved`.
    RemoveConfiguration { req: u64, cart_id: String, item_id: i64, label: ConfigLabel },
    /// `POST /order/cart/{cart_id}/cloud/options` on the project item (unless it has the
    /// option already) → `Msg::OptionSet`.
    AddOption { req: u64, cart_id: String, item_id: i64, option: OptionChoice },
    /// Deletes the project item's options of this kind → `Msg::OptionSet`.
    RemoveOption { req: u64, cart_id: String, item_id: i64, kind: OptionKind },
    /// `GET /cloud/eligibility?voucher=` → `Msg::VoucherChecked`.
    CheckVoucher { req: u64, code: String },
    /// `GET /order/cart/{cart_id}/checkout` → `Msg::QuoteLoaded`.
    LoadQuote { req: u64, cart_id: String },
    /// `POST /order/cart/{cart_id}/checkout`, reconciling before any retry, writing the
    /// receipt and paying a zero total with the fidelity account → `Msg::OrderPlaced`,
    /// then `Msg::ReceiptWritten`. The receipt's plan code and project name identify the
    /// order if the checkout's answer is lost; the receipt is journaled with the checkout
    /// (the engine adds how the consent was given: its front end's way).
    /// (Boxed: with every consent's text it is by far the largest effect.)
    Checkout { req: u64, cart_id: String, auto_pay: bool, waive_retraction: bool, receipt: Box<ReceiptDraft> },
    /// Settles again the checkout of `cart_id` whose outcome is unknown, from what the
    /// journal recorded before it was sent (this run's or an earlier one's); pays a free
    /// order it finds, as after a checkout → `Msg::OrderRechecked`. Never sends a checkout.
    RecheckOrder { req: u64, cart_id: String },
    /// Polls the order → many `Msg::OrderProgress`, then `Msg::ProjectDelivered` or
    /// `Msg::FollowFailed`.
    FollowOrder { req: u64, order_id: i64 },
    /// Deletes a cart → `Msg::CartDeleted`. Before a `Quit`, the runtime waits for it.
    DeleteCart { cart_id: String },
    /// `GET /order/cart` and each cart (a cart gone meanwhile is left out) → `Msg::CartsListed`.
    ListCarts { req: u64 },
    /// The cart, its items with their configurations, its quote and its offers (each
    /// only where it means something) → `Msg::CartLoaded`.
    LoadCart { req: u64, cart_id: String },
    /// `DELETE /order/cart/{cart_id}/item/{item_id}` → `Msg::CartPartDeleted`.
    DeleteItem { req: u64, cart_id: String, item_id: i64 },
    /// `DELETE …/item/{item_id}/configuration/{configuration_id}` → `Msg::CartPartDeleted`.
    DeleteConfiguration { req: u64, cart_id: String, item_id: i64, configuration_id: i64 },
    /// Onboarding: `POST /auth/credential` with ovhcart's rules → `Msg::ConsumerKeyRequested`.
    RequestConsumerKey { req: u64, endpoint: Endpoint, application_key: String, application_secret: Secret },
    /// Polls the new key until it is validated (or `timeout_secs` pass, or `CancelValidation`),
    /// then `GET /me` with it → `Msg::CredentialsValidated`.
    WaitForValidation {
        req: u64,
        endpoint: Endpoint,
        application_key: String,
        application_secret: Secret,
        consumer_key: Secret,
        timeout_secs: u64,
    },
    /// Stops the wait started by `WaitForValidation`; it answers nothing more.
    CancelValidation,
    /// Merges the three keys into `file` (section named after `endpoint`) → `Msg::CredentialsSaved`.
    SaveCredentials {
        req: u64,
        file: PathBuf,
        endpoint: Endpoint,
        application_key: String,
        application_secret: Secret,
        consumer_key: Secret,
    },
    /// From now on every effect talks to `endpoint` with these keys. Runs before the
    /// effects after it; answers nothing.
    UseCredentials { endpoint: Endpoint, application_key: String, application_secret: Secret, consumer_key: Secret },
    /// Starts the browser on `url` (a web address, `links::is_web_address`) without waiting
    /// for it → `Msg::UrlOpened`.
    OpenUrl { req: u64, url: String },
    /// Puts `text` on the clipboard with OSC 52: the full screen writes it to the terminal it
    /// owns; it answers nothing (no terminal says whether it obeyed).
    CopyToClipboard { text: String },
    /// Restores the terminal and exits: 0 when done, 130 when aborted.
    Quit { code: i32 },
}
