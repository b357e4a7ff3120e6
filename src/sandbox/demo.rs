//! The sandbox's built-in accounts and credentials. They are public on purpose (the
//! README lists them): they open nothing but this process.

use crate::api::models::{Currency, Me, PaymentMethod, PaymentMethodIcon};

use super::situation::Situation;

pub const APPLICATION_KEY: &str = "ovhcartSandboxAK";
pub const APPLICATION_SECRET: &str = "ovhcartSandboxApplicationSecret0";
pub const CONSUMER_KEY: &str = "ovhcartSandboxConsumerKeyDemo001";
/// A validated consumer key of a second account, to show what another account may not do.
pub const OTHER_CONSUMER_KEY: &str = "ovhcartSandboxOtherAccountKey002";
pub const CLIENT_ID: &str = "ovhcart-sandbox-client";
pub const CLIENT_SECRET: &str = "ovhcartSandboxClientSecret000000";

pub const DEMO_ACCOUNT: &str = "ab12345-ovh";
pub const OTHER_ACCOUNT: &str = "zz98765-ovh";

/// The id the application key has in credential answers.
pub const APPLICATION_ID: i64 = 164_235;
/// The demo account's default credit card.
pub const DEMO_PAYMENT_METHOD_ID: i64 = 14_851_926;
pub const DEMO_PAYMENT_MEAN_ID: i64 = 9_162_077;

/// The demo credentials, as plain text: they are public (see above), and the sandbox
/// keeps to its own types (a client wraps them in its `Secret`).
#[derive(Debug, Clone)]
pub struct DemoCredentials {
    pub application_key: String,
    pub application_secret: String,
    pub consumer_key: String,
    /// A consumer key of another account (for "not your cart" refusals).
    pub other_consumer_key: String,
    pub client_id: String,
    pub client_secret: String,
}

impl DemoCredentials {
    pub fn new() -> DemoCredentials {
        DemoCredentials {
            application_key: APPLICATION_KEY.to_owned(),
            application_secret: APPLICATION_SECRET.to_owned(),
            consumer_key: CONSUMER_KEY.to_owned(),
            other_consumer_key: OTHER_CONSUMER_KEY.to_owned(),
            client_id: CLIENT_ID.to_owned(),
            client_secret: CLIENT_SECRET.to_owned(),
        }
    }
}

impl Default for DemoCredentials {
    fn default() -> Self {
        Self::new()
    }
}

/// `GET /me` of a sandbox account (the demo account is American on the US API).
pub fn me(account: &str, situation: Situation) -> Me {
    let (subsidiary, firstname, name, email) = match (account == DEMO_ACCOUNT, situation.is_us()) {
        (true, false) => ("FR", "Camille", "Martin", "camille.martin@example.invalid"),
        (true, true) => ("US", "Jordan", "Lee", "jordan.lee@example.invalid"),
        (false, _) => ("GB", "Alex", "Taylor", "alex.taylor@example.invalid"),
    };
    let currency = match subsidiary {
        "GB" => ("GBP", "£"),
        "US" => ("USD", "$"),
        _ => ("EUR", "€"),
    };
    Me {
        nichandle: account.to_owned(),
        ovh_subsidiary: subsidiary.to_owned(),
        ovh_company: "ovh".to_owned(),
        email: email.to_owned(),
        firstname: Some(firstname.to_owned()),
        name: Some(name.to_owned()),
        country: subsidiary.to_owned(),
        language: Some(
            match subsidiary {
                "GB" => "en_GB",
                "US" => "en_US",
                _ => "fr_FR",
            }
            .to_owned(),
        ),
        currency: Some(Currency { code: currency.0.to_owned(), symbol: currency.1.to_owned() }),
    }
}

/// The payment methods of an account: the demo account has one valid default card (none in
/// the `add-payment-method` situation), the other account none (so "no payment method"
/// paths can be shown).
pub fn payment_methods(account: &str, situation: Situation) -> Vec<PaymentMethod> {
    if account != DEMO_ACCOUNT || !situation.has_payment_method() {
        return Vec::new();
    }
    vec![PaymentMethod {
        billing_contact_id: None,
        creation_date: "2023-03-14T09:26:53+00:00".to_owned(),
        default: true,
        description: Some("Sandbox demo card".to_owned()),
        expiration_date: Some("2031-12-31T00:00:00+00:00".to_owned()),
        label: Some("4970 10XX XXXX XX42".to_owned()),
        last_update: "2024-01-08T11:02:17+00:00".to_owned(),
        payment_mean_id: Some(DEMO_PAYMENT_MEAN_ID),
        payment_method_id: DEMO_PAYMENT_METHOD_ID,
        payment_sub_type: Some("VISA".to_owned()),
        payment_type: "CREDIT_CARD".to_owned(),
        status: "VALID".to_owned(),
        icon: Some(PaymentMethodIcon { data: None, name: "visa".to_owned(), url: None }),
    }]
}
