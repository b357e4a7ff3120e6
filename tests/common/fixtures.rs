//! What the API answers, as the wizard's core receives it: offers, carts, the account, a
//! quote, errors; and the answer a healthy API gives to each effect.

use ovhcart::api::error::{ApiError, ErrorKind, Outcome};
use ovhcart::api::models::*;
use ovhcart::app::*;

pub fn price(text: &str, value: f64) -> Price {
    Price { currency_code: "EUR".into(), price_in_ucents: Some((value * 1e8) as i64), text: text.into(), value }
}

fn pricing(capacity: &str, duration: &str, mode: &str, kind: &str, text: &str, description: &str) -> ProductPricing {
    ProductPricing {
        capacities: vec![capacity.into()],
        description: description.into(),
        duration: duration.into(),
        interval: 1,
        maximum_quantity: Some(1),
        maximum_repeat: Some(1),
        minimum_quantity: 1,
        minimum_repeat: 1,
        price: price(text, 0.0),
        price_in_ucents: 0,
        pricing_mode: mode.into(),
        pricing_type: kind.into(),
    }
}

pub fn offers() -> Vec<ProductOffer> {
    vec![
        ProductOffer {
            plan_code: "project.2018".into(),
            product_name: "Public Cloud Project".into(),
            product_type: "cloud_service".into(),
            prices: vec![
                pricing("installation", "P0D", "default", "purchase", "0.00 €", "Installation"),
                pricing("renew", "P1M", "default", "purchase", "0.00 €", "Project 2018 plan"),
                pricing(
                    "consumption",
                    "P1M",
                    "consumption",
                    "consumption",
                    "0.00 €",
                    "Instances, storage and traffic, billed by the hour",
                ),
            ],
        },
        ProductOffer {
            plan_code: "project.discovery".into(),
            product_name: "Public Cloud Project (discovery)".into(),
            product_type: "cloud_service".into(),
            prices: vec![pricing("installation", "P0D", "default", "purchase", "0.00 €", "Discovery")],
        },
    ]
}

pub fn cart(id: &str, subsidiary: &str) -> CartReady {
    CartReady {
        cart_id: id.into(),
        subsidiary: subsidiary.into(),
        expire: Some("2026-11-22T10:00:00+00:00".into()),
        offers: offers(),
        options: vec![],
    }
}

pub fn account() -> Account {
    Account {
        me: Me {
            nichandle: "ab12345-ovh".into(),
            ovh_subsidiary: "FR".into(),
            ovh_company: "ovh".into(),
            email: "ada@example.org".into(),
            firstname: Some("Ada".into()),
            name: Some("Lovelace".into()),
            country: "FR".into(),
            language: Some("fr_FR".into()),
            currency: Some(Currency { code: "EUR".into(), symbol: "€".into() }),
        },
        default_payment_method: Some(PaymentMethod {
            billing_contact_id: None,
            creation_date: "2025-01-02T10:00:00+01:00".into(),
            default: true,
            description: Some("Main card".into()),
            expiration_date: Some("2028-06-30".into()),
            label: Some("**** **** **** 4242".into()),
            last_update: "2025-01-02T10:00:00+01:00".into(),
            payment_mean_id: None,
            payment_method_id: 77,
            payment_sub_type: Some("VISA".into()),
            payment_type: "CREDIT_CARD".into(),
            status: "VALID".into(),
            icon: None,
        }),
        eligibility: Some(Eligibility { actions_required: Some(vec![]), ..Eligibility::default() }),
        control_panel: "https://www.ovh.com/manager/".into(),
    }
}

pub fn contract(name: &str, url: &str, lines: usize) -> Contract {
    let content = (1..=lines)
        .map(|n| format!("Article {n}. The customer and OVHcloud agree on the terms set out in this paragraph."))
        .collect::<Vec<_>>()
        .join("\n");
    Contract { content, name: name.into(), url: url.into() }
}

pub fn quote(with_voucher: bool) -> Order {
    let zero = price("0.00 €", 0.0);
    let reductions = if with_voucher {
        vec![Reduction {
            context: "voucher".into(),
            description: "Voucher WELCOME50".into(),
            price: price("-50.00 €", -50.0),
            reduction_description: "Public Cloud credit".into(),
            kind: "fixed_amount".into(),
            value: price("50.00 €", 50.0),
        }]
    } else {
        Vec::new()
    };
    Order {
        contracts: vec![
            contract(
                "General Terms of Service",
                "https://www.ovh.com/fr/support/documents_legaux/conditions_generales.pdf",
                40,
            ),
            contract(
                "Public Cloud Specific Conditions",
                "https://www.ovh.com/fr/support/documents_legaux/public_cloud.pdf",
                12,
            ),
        ],
        details: vec![OrderDetail {
            cart_item_id: Some(1),
            description: "Public Cloud Project".into(),
            detail_type: Some("DURATION".into()),
            domain: "*001".into(),
            original_total_price: zero.clone(),
            quantity: 1,
            reduction_total_price: zero.clone(),
            reductions,
            total_price: zero.clone(),
            unit_price: zero.clone(),
        }],
        order_id: None,
        prices: OrderPrices {
            original_without_tax: Some(zero.clone()),
            reduction: Some(zero.clone()),
            tax: zero.clone(),
            with_tax: zero.clone(),
            without_tax: zero,
        },
        url: None,
    }
}

pub fn eligibility() -> Eligibility {
    Eligibility {
        actions_required: Some(vec![]),
        minimum_credit: None,
        payment_methods_authorized: Some(vec!["creditCard".into()]),
        voucher: Some(VoucherEligibility { credit: price("50.00 €", 50.0), payment_method_required: true }),
    }
}

pub fn placed() -> PlacedOrder {
    PlacedOrder {
        order_id: 123456789,
        url: Some("https://www.ovh.com/cgi-bin/order/display-order.cgi?orderId=123456789&orderPassword=xyz".into()),
        prices: quote(false).prices,
        paid: true,
        payment_error: None,
        reconciled: false,
        answer: None,
    }
}

pub fn api_error(kind: ErrorKind, outcome: Outcome, message: &str) -> ApiError {
    let mut error = ApiError::without_answer(kind, outcome, "GET", "/order/cart/abc", message);
    error.status = Some(match kind {
        ErrorKind::BadRequest => 400,
        ErrorKind::NotFound | ErrorKind::CartNotFound => 404,
        ErrorKind::ServerUnavailable => 503,
        _ => 500,
    });
    error.query_id = Some("EU.ext-3.6a2f1c.1234.abcd".into());
    error
}

pub fn server_down() -> ApiError {
    api_error(ErrorKind::ServerUnavailable, Outcome::NotApplied, "Service temporarily unavailable")
}

pub fn voucher_refused() -> ApiError {
    api_error(ErrorKind::BadRequest, Outcome::NotApplied, "This voucher is not valid: VOUCHER_INVALID")
}

/// The answer a healthy API gives to `effect`.
pub fn success(effect: &Effect) -> Option<Msg> {
    Some(match effect.clone() {
        Effect::LoadAccount { req } => Msg::AccountLoaded { req, result: Ok(account()) },
        Effect::PrepareCart { req, subsidiary, .. } => {
            Msg::CartReady { req, result: Ok(cart(&format!("cart-{req}"), &subsidiary)) }
        }
        Effect::AddProject { req, .. } => {
            Msg::ProjectAdded { req, result: Ok(ProjectItem { item_id: 1000 + req as i64, requirements: vec![] }) }
        }
        Effect::SetConfiguration { req, label, value, .. } => Msg::ConfigurationSet {
            req,
            label,
            result: Ok(ConfigurationItem { id: req as i64, label: label.as_str().into(), value }),
        },
        Effect::RemoveConfiguration { req, label, .. } => Msg::ConfigurationRemoved { req, label, result: Ok(()) },
        Effect::AddOption { req, option, .. } => Msg::OptionSet { req, kind: option.kind, result: Ok(true) },
        Effect::RemoveOption { req, kind, .. } => Msg::OptionSet { req, kind, result: Ok(false) },
        Effect::CheckVoucher { req, code } => Msg::VoucherChecked { req, code, result: Ok(eligibility()) },
        Effect::LoadQuote { req, .. } => Msg::QuoteLoaded { req, result: Ok(quote(false)) },
        Effect::Checkout { req, .. } => Msg::OrderPlaced { req, result: Ok(placed()) },
        // An account without carts: the wizard starts on its first step.
        Effect::ListCarts { req } => Msg::CartsListed { req, result: Ok(vec![]) },
        // Earlier runs left nothing the person must know.
        Effect::SettleEarlierRuns => Msg::EarlierRunsSettled(vec![]),
        // Whether a lost order exists is each test's to say.
        Effect::RecheckOrder { .. }
        | Effect::FollowOrder { .. }
        | Effect::DeleteCart { .. }
        | Effect::Quit { .. }
        | Effect::LoadCart { .. }
        | Effect::DeleteItem { .. }
        | Effect::DeleteConfiguration { .. }
        | Effect::RequestConsumerKey { .. }
        | Effect::WaitForValidation { .. }
        | Effect::CancelValidation
        | Effect::SaveCredentials { .. }
        | Effect::UseCredentials { .. }
        | Effect::OpenUrl { .. }
        | Effect::CopyToClipboard { .. } => {
            return None;
        }
    })
}

/// One step of an order's follow-up, with one history entry.
pub fn follow_up(step: FollowUpStep, status: FollowUpStatus, label: &str) -> FollowUp {
    FollowUp {
        history: vec![FollowUpEvent {
            date: "2026-11-21T10:02:00+01:00".into(),
            description: String::new(),
            label: label.into(),
        }],
        status,
        step,
    }
}
