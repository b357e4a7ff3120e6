//! The one support module of the tests (and of the render bench), included by each test
//! binary with `mod common;`:
//! - here: the sandbox (start, clients, raw signed requests, its record of requests) and
//!   flows half done through the API;
//! - [`cli`]: the `ovhcart` binary in a clean environment, its output captured or read line
//!   by line;
//! - [`pty`]: the binary in a pseudo-terminal, on the plumbing of [`pty_reader`] (which the
//!   responsiveness bench and the screenshots example include on their own);
//! - [`init`]: what the wizard and the onboarding start from;
//! - [`fixtures`], [`carts`], [`onboarding`]: what the API answers, as the core receives it;
//! - [`scripted`]: the core alone, its effects answered by the test;
//! - [`driven`]: the core with the real effect executor, against a sandbox;
//! - [`headless`]: the real runtime on a `TestBackend`, against a sandbox;
//! - [`snapshot`]: a state drawn on a `TestBackend`, and insta snapshots of it.
//!
//! No test binary uses all of it: hence `dead_code` allowed here, for the whole module.
#![allow(dead_code)]

pub mod carts;
pub mod cli;
pub mod driven;
pub mod fixtures;
pub mod headless;
pub mod init;
pub mod onboarding;
pub mod pty;
pub mod pty_reader;
pub mod scripted;
pub mod snapshot;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ovhcart::api::client::{Auth, ClientOptions, RetryPolicy};
use ovhcart::api::flow;
use ovhcart::api::models::{Cart, CartCreation, ConfigurationCreation, Item, ProductCreation, wildcard_match};
use ovhcart::api::{ApiError, Client, Secret, sign};
use ovhcart::sandbox::{RecordedRequest, Sandbox, SandboxOptions, accounts};
use ovhcart::store::journal::{CheckoutEntry, FlowEntry};
use ovhcart::store::receipt::{Consent, Document, ReceiptDraft};

pub async fn start(options: SandboxOptions) -> Sandbox {
    Sandbox::start(options).await.expect("sandbox starts")
}

/// The sandbox with its orders delivered 300 ms after payment.
pub fn fast_delivery() -> SandboxOptions {
    SandboxOptions { delivery: Duration::from_millis(300), ..SandboxOptions::default() }
}

/// Options without retries, so each call is one request.
pub fn once() -> ClientOptions {
    ClientOptions {
        retry: RetryPolicy { max_attempts: 1, ..RetryPolicy::default() },
        request_timeout: Duration::from_secs(10),
        ..ClientOptions::default()
    }
}

pub fn client_with(sandbox: &Sandbox, consumer_key: &str, secret: &str) -> Client {
    let auth = Auth::Signed {
        application_key: accounts::APPLICATION_KEY.into(),
        application_secret: Secret::new(secret),
        consumer_key: Some(Secret::new(consumer_key)),
    };
    Client::new(&sandbox.base_url(), auth, once()).expect("client")
}

/// The demo account with the client's retry rules (short delays and a 2 s budget, for tests).
pub fn demo_retrying(sandbox: &Sandbox) -> Client {
    let auth = Auth::Signed {
        application_key: accounts::APPLICATION_KEY.into(),
        application_secret: Secret::new(accounts::APPLICATION_SECRET),
        consumer_key: Some(Secret::new(accounts::CONSUMER_KEY)),
    };
    let retry =
        RetryPolicy { base_delay: Duration::from_millis(10), budget: Duration::from_secs(2), ..RetryPolicy::default() };
    Client::new(&sandbox.base_url(), auth, ClientOptions { retry, ..ClientOptions::default() }).expect("client")
}

pub fn demo(sandbox: &Sandbox) -> Client {
    client_with(sandbox, accounts::CONSUMER_KEY, accounts::APPLICATION_SECRET)
}

pub fn other(sandbox: &Sandbox) -> Client {
    client_with(sandbox, accounts::OTHER_CONSUMER_KEY, accounts::APPLICATION_SECRET)
}

pub fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// The recorded requests with this method whose path (without query) matches `pattern`
/// (`*` wildcards).
pub fn matching<'a>(
    requests: &'a [RecordedRequest],
    method: &'a str,
    pattern: &'a str,
) -> impl Iterator<Item = &'a RecordedRequest> {
    requests.iter().filter(move |r| is(r, method, pattern))
}

/// Where the first such request stands in the record.
pub fn position(requests: &[RecordedRequest], method: &str, pattern: &str) -> usize {
    let found = requests.iter().position(|r| is(r, method, pattern));
    found.unwrap_or_else(|| panic!("no {method} {pattern}"))
}

/// How many requests the sandbox saw with this method and a path matching `pattern`.
pub fn count(sandbox: &Sandbox, method: &str, pattern: &str) -> usize {
    matching(&sandbox.requests(), method, pattern).count()
}

fn is(request: &RecordedRequest, method: &str, pattern: &str) -> bool {
    request.method == method && wildcard_match(pattern, request.path.split('?').next().unwrap_or(""))
}

/// A file's permission bits.
pub fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).expect("file exists").permissions().mode() & 0o777
}

/// A raw answer: status, `X-Ovh-QueryID`, content type, body.
#[derive(Debug)]
pub struct RawAnswer {
    pub status: u16,
    pub query_id: Option<String>,
    pub content_type: Option<String>,
    pub body: String,
}

impl RawAnswer {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or(serde_json::Value::Null)
    }
}

/// How a raw request authenticates.
pub enum Sign<'a> {
    None,
    /// Only `X-Ovh-Application`.
    AppKey(&'a str),
    /// Signed with (AK, AS, CK, timestamp).
    Keys {
        ak: &'a str,
        secret: &'a str,
        ck: &'a str,
        timestamp: i64,
    },
    Bearer(&'a str),
}

pub fn demo_keys<'a>() -> Sign<'a> {
    Sign::Keys {
        ak: accounts::APPLICATION_KEY,
        secret: accounts::APPLICATION_SECRET,
        ck: accounts::CONSUMER_KEY,
        timestamp: unix_now(),
    }
}

/// Sends exactly these bytes to `url`, signing them as the SDKs do.
pub async fn raw(method: &str, url: &str, body: Option<&[u8]>, auth: Sign<'_>) -> RawAnswer {
    let http = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
    let mut request = http.request(method.clone(), url);
    match auth {
        Sign::None => {}
        Sign::AppKey(ak) => request = request.header("X-Ovh-Application", ak),
        Sign::Keys { ak, secret, ck, timestamp } => {
            let ts = timestamp.to_string();
            let signature = sign::signature(secret, ck, method.as_str(), url, body.unwrap_or_default(), &ts);
            request = request
                .header("X-Ovh-Application", ak)
                .header("X-Ovh-Consumer", ck)
                .header("X-Ovh-Timestamp", ts)
                .header("X-Ovh-Signature", signature);
        }
        Sign::Bearer(token) => request = request.bearer_auth(token),
    }
    if let Some(body) = body {
        request = request.header("Content-Type", "application/json").body(body.to_vec());
    }
    let response = request.send().await.expect("an answer");
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let (query_id, content_type) = (header("x-ovh-queryid"), header("content-type"));
    let status = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    RawAnswer { status, query_id, content_type, body }
}

/// Creates and assigns a cart for `subsidiary` and adds the project plan to it.
pub async fn cart_with_project(client: &Client, subsidiary: &str) -> (Cart, Item) {
    let creation = CartCreation { ovh_subsidiary: subsidiary.into(), description: None, expire: None };
    let cart: Cart = client.post("/order/cart", &creation).await.expect("cart");
    let _: serde_json::Value =
        client.post_empty(&format!("/order/cart/{}/assign", cart.cart_id)).await.expect("assign");
    let plan = if subsidiary == "US" { "project" } else { "project.2018" };
    let product =
        ProductCreation { duration: "P1M".into(), plan_code: plan.into(), pricing_mode: "default".into(), quantity: 1 };
    let item: Item = client.post(&format!("/order/cart/{}/cloud", cart.cart_id), &product).await.expect("item");
    (cart, item)
}

pub async fn configure(client: &Client, cart: &Cart, item: &Item, label: &str, value: &str) -> Result<i64, ApiError> {
    let body = ConfigurationCreation { label: label.into(), value: value.into() };
    let config: ovhcart::api::models::ConfigurationItem =
        client.post(&format!("/order/cart/{}/item/{}/configuration", cart.cart_id, item.item_id), &body).await?;
    Ok(config.id)
}

/// A flow with a cart ready for checkout, as the journal of a dead run would hold it,
/// with the checkout recorded as about to be sent.
/// What a run journals with its checkout: the receipt without its order, the consents as
/// given in the wizard.
pub fn receipt_draft(cart_id: &str, name: &str) -> ReceiptDraft {
    let given = |text: &str| Consent {
        given: true,
        text: text.into(),
        language: "en".into(),
        via: "checkbox".into(),
        given_at: "2026-11-21T10:00:00Z".into(),
        documents: Vec::new(),
    };
    let terms = Document { name: "General Terms".into(), url: "https://example.test/terms.pdf".into() };
    ReceiptDraft {
        cart_id: cart_id.into(),
        endpoint: "sandbox".into(),
        subsidiary: "FR".into(),
        plan_code: "project.2018".into(),
        project_name: name.into(),
        voucher: None,
        options: vec![],
        auto_pay: false,
        front_end: "wizard".into(),
        waiver: given("I waive my right of withdrawal."),
        contracts: Some(Consent { documents: vec![terms], ..given("I accept the contracts listed above.") }),
        italian_clauses: None,
    }
}

/// A cart with the project item, named, ready for checkout. Returns (cart id, item id).
pub async fn ready_cart(client: &Client, name: &str) -> (String, i64) {
    let (cart, offers) = flow::prepare_cart(client, "FR", "ovhcart test").await.unwrap();
    let plan = flow::pick_plan(&offers, "project.2018").unwrap();
    let item = flow::add_project(client, &cart.cart_id, &plan.creation()).await.unwrap();
    flow::set_configuration(
        client,
        &cart.cart_id,
        item.item_id,
        ovhcart::api::products::ConfigLabel::Description,
        name,
    )
    .await
    .unwrap();
    (cart.cart_id, item.item_id)
}

pub async fn flow_about_to_check_out(client: &Client, endpoint: &str, name: &str) -> FlowEntry {
    let (cart_id, item_id) = ready_cart(client, name).await;
    let guard = flow::checkout_guard(client).await.unwrap();
    let options = flow::CheckoutOptions { auto_pay: false, waive_retraction: true };
    let draft = receipt_draft(&cart_id, name);
    FlowEntry {
        subsidiary: Some("FR".into()),
        cart_id: Some(cart_id),
        plan_code: Some("project.2018".into()),
        item_id: Some(item_id),
        description: Some(name.into()),
        checkout: Some(CheckoutEntry::sending(&guard, options, Some(draft))),
        ..FlowEntry::new(endpoint, "order")
    }
}
