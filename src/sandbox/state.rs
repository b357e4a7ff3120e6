//! The sandbox's memory: carts, orders, credentials and tokens, the clock and the ids.
//! Everything time-driven (cart expiry, order delivery, token expiry) is computed from
//! timestamps when asked, so no timer ever runs.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};

use super::demo;
use super::fixtures::Market;
use super::situation::{Hold, Situation};
use crate::api::models::{AccessRule, ConfigurationItem};

/// The settings handlers read.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub situation: Situation,
    pub clock_skew_secs: i64,
    pub cart_ttl_secs: i64,
    pub delivery_ms: i64,
    pub plan_price_cents: i64,
    /// Monthly price of the HDS certification option, in cents.
    pub hds_price_cents: i64,
    pub token_ttl_secs: i64,
}

/// Sandbox time: real time plus the configured skew.
pub fn now(config: &Config) -> DateTime<Utc> {
    Utc::now() + Duration::seconds(config.clock_skew_secs)
}

/// The API's datetime format: `2024-11-05T17:29:13+00:00`.
pub fn format_time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S+00:00").to_string()
}

#[derive(Debug, Clone)]
pub struct CartRec {
    pub id: String,
    pub market: &'static Market,
    pub description: String,
    pub expire: DateTime<Utc>,
    pub owner: Option<String>,
    pub read_only: bool,
    pub items: BTreeMap<i64, ItemRec>,
    pub coupons: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ItemRec {
    pub id: i64,
    pub plan_code: String,
    pub duration: String,
    pub pricing_mode: String,
    pub quantity: i64,
    pub parent: Option<i64>,
    pub configurations: BTreeMap<i64, ConfigurationItem>,
}

impl ItemRec {
    pub fn config(&self, label: &str) -> Option<&ConfigurationItem> {
        self.configurations.values().find(|c| c.label == label)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialState {
    PendingValidation,
    Validated,
}

impl CredentialState {
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialState::PendingValidation => "pendingValidation",
            CredentialState::Validated => "validated",
        }
    }
}

#[derive(Debug, Clone)]
pub struct CredentialRec {
    pub id: i64,
    pub application_key: String,
    /// The account, once a person validated the key.
    pub account: Option<String>,
    pub state: CredentialState,
    pub rules: Vec<AccessRule>,
    pub created: DateTime<Utc>,
    pub last_use: Option<DateTime<Utc>>,
    pub allowed_ips: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct TokenRec {
    pub account: String,
    pub expires: DateTime<Utc>,
}

/// One line of an order: a snapshot of a cart item at checkout.
#[derive(Debug, Clone)]
pub struct OrderLine {
    pub detail_id: i64,
    pub item: ItemRec,
    /// The quote's domain placeholder (`*001`), shown until delivery.
    pub placeholder: String,
    pub description: String,
    pub unit_ucents: i64,
}

#[derive(Debug, Clone)]
pub struct OrderRec {
    pub id: i64,
    pub owner: String,
    pub market: &'static Market,
    pub created: DateTime<Utc>,
    pub lines: Vec<OrderLine>,
    pub without_tax_ucents: i64,
    pub tax_ucents: i64,
    pub with_tax_ucents: i64,
    pub paid_at: Option<DateTime<Utc>>,
    /// What happens to it once paid (the account's situation when it was placed).
    pub hold: Hold,
    pub waived_retraction: bool,
    /// Generated at checkout, revealed once delivered.
    pub project_id: String,
    /// The project's description: the cart's `description` configuration, or a later PUT.
    pub project_description: Option<String>,
    pub password: String,
}

#[derive(Debug)]
pub struct World {
    pub config: Config,
    pub rng: fastrand::Rng,
    pub carts: HashMap<String, CartRec>,
    pub orders: BTreeMap<i64, OrderRec>,
    /// Consumer keys.
    pub credentials: HashMap<String, CredentialRec>,
    /// Validation tokens of pending consumer keys (`credentialToken` → consumer key).
    pub validation_tokens: HashMap<String, String>,
    /// OAuth2 access tokens.
    pub tokens: HashMap<String, TokenRec>,
    next_id: i64,
}

impl World {
    pub fn new(config: Config, seed: u64) -> World {
        let mut rng = fastrand::Rng::with_seed(seed);
        let next_id = rng.i64(210_000_000..260_000_000);
        let mut world = World {
            config,
            rng,
            carts: HashMap::new(),
            orders: BTreeMap::new(),
            credentials: HashMap::new(),
            validation_tokens: HashMap::new(),
            tokens: HashMap::new(),
            next_id,
        };
        let everything = ["GET", "POST", "PUT", "DELETE"].map(|m| AccessRule::new(m, "/*")).to_vec();
        for (ck, account) in [(demo::CONSUMER_KEY, demo::DEMO_ACCOUNT), (demo::OTHER_CONSUMER_KEY, demo::OTHER_ACCOUNT)]
        {
            let id = world.next_id();
            let created = now(&world.config);
            world.credentials.insert(
                ck.to_owned(),
                CredentialRec {
                    id,
                    application_key: demo::APPLICATION_KEY.to_owned(),
                    account: Some(account.to_owned()),
                    state: CredentialState::Validated,
                    rules: everything.clone(),
                    created,
                    last_use: None,
                    allowed_ips: None,
                },
            );
        }
        world
    }

    pub fn now(&self) -> DateTime<Utc> {
        now(&self.config)
    }

    /// A fresh 9-digit id, increasing, unique across kinds.
    pub fn next_id(&mut self) -> i64 {
        self.next_id += self.rng.i64(1..40);
        self.next_id
    }

    /// A random lowercase-hex string.
    pub fn hex(&mut self, len: usize) -> String {
        (0..len).map(|_| char::from_digit(self.rng.u32(0..16), 16).unwrap_or('0')).collect()
    }

    /// A UUID-v4-like cart id.
    pub fn uuid(&mut self) -> String {
        let variant = ['8', '9', 'a', 'b'][self.rng.usize(0..4)];
        format!("{}-{}-4{}-{variant}{}-{}", self.hex(8), self.hex(4), self.hex(3), self.hex(3), self.hex(12))
    }

    /// A project id matching `^[0-9a-f]{12}4[0-9a-f]{19}$`.
    pub fn project_id(&mut self) -> String {
        format!("{}4{}", self.hex(12), self.hex(19))
    }

    /// A random alphanumeric token (consumer keys, OAuth2 tokens).
    pub fn token(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        (0..len).map(|_| char::from(ALPHABET[self.rng.usize(0..ALPHABET.len())])).collect()
    }

    /// Forgets carts whose expiry has passed: they answer 404 everywhere and are not listed.
    pub fn drop_expired_carts(&mut self) {
        let now = self.now();
        self.carts.retain(|_, cart| cart.expire > now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::models::is_project_id;

    fn world() -> World {
        let config = Config {
            clock_skew_secs: 0,
            cart_ttl_secs: 60,
            delivery_ms: 10,
            plan_price_cents: 0,
            token_ttl_secs: 60,
            ..Config::default()
        };
        World::new(config, 7)
    }

    #[test]
    fn ids_have_their_shapes() {
        let mut w = world();
        for _ in 0..100 {
            assert!(is_project_id(&w.project_id()));
            let id = w.next_id();
            assert!((100_000_000..1_000_000_000).contains(&id));
            let uuid = w.uuid();
            assert_eq!(uuid.len(), 36);
            assert_eq!(uuid.as_bytes()[14], b'4');
        }
        assert_eq!(format_time(DateTime::from_timestamp(1_730_827_753, 0).unwrap()), "2024-11-05T17:29:13+00:00");
    }
}
