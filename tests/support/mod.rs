//! Fixtures and a scripted runtime for driving the wizard in tests. The fixtures drive it
//! with intents (`Msg::Act`, `Msg::Focus`, `Msg::SetText`), as a front end without keys
//! does; `key` and the helpers named after keys send key presses, for the tests of key
//! handling itself.
#![allow(dead_code)]

pub mod carts;
pub mod onboarding;

use ovhcart::api::endpoints::{Endpoint, Named};
use ovhcart::api::error::{ApiError, ErrorKind, Outcome};
use ovhcart::api::models::*;
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;
use ovhcart::i18n::Lang;

pub fn init() -> Init {
    Init {
        endpoint_label: "ovh-eu".into(),
        subsidiaries: Endpoint::Named(Named::OvhEu).sold_subsidiaries(),
        preselect: None,
        locale_subsidiary: Some("GB".into()),
        today: "2026-11-21".into(),
        lang: Lang::En,
        display: Display::default(),
    }
}

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
            label: label.clone(),
            result: Ok(ConfigurationItem { id: req as i64, label, value }),
        },
        Effect::RemoveConfiguration { req, label, .. } => Msg::ConfigurationRemoved { req, label, result: Ok(()) },
        Effect::CheckVoucher { req, code } => Msg::VoucherChecked { req, code, result: Ok(eligibility()) },
        Effect::LoadQuote { req, .. } => Msg::QuoteLoaded { req, result: Ok(quote(false)) },
        Effect::Checkout { req, .. } => Msg::OrderPlaced { req, result: Ok(placed()) },
        // An account without carts: the wizard starts on its first step.
        Effect::ListCarts { req } => Msg::CartsListed { req, result: Ok(vec![]) },
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

#[derive(Clone)]
pub struct Wizard {
    pub state: State,
    /// Effects returned and not yet answered, oldest first.
    pub pending: Vec<Effect>,
    /// Effects `settle` had no answer for (follow, receipt, delete, quit).
    pub unanswered: Vec<Effect>,
}

impl Wizard {
    pub fn new() -> Self {
        Self::with(init())
    }

    pub fn with(init: Init) -> Self {
        let mut state = State::new(init);
        let pending = start(&mut state);
        Wizard { state, pending, unanswered: Vec::new() }
    }

    pub fn send(&mut self, msg: Msg) -> Vec<Effect> {
        let effects = update(&mut self.state, msg);
        self.pending.extend(effects.iter().cloned());
        effects
    }

    /// The intent `action`, where the current screen or overlay binds it.
    pub fn act(&mut self, action: Action) -> Vec<Effect> {
        self.send(Msg::Act(action))
    }

    pub fn acts(&mut self, actions: &[Action]) -> Vec<Effect> {
        actions.iter().flat_map(|action| self.act(*action)).collect()
    }

    /// `Act(Confirm)`: a step's answer given, a contract opened, the order placed on `y`.
    pub fn confirm(&mut self) -> Vec<Effect> {
        self.act(Action::Confirm)
    }

    /// The focused field's text replaced.
    pub fn set_text(&mut self, text: &str) -> Vec<Effect> {
        self.send(Msg::SetText(text.into()))
    }

    pub fn key(&mut self, key: Key) -> Vec<Effect> {
        self.send(Msg::Key(key))
    }

    pub fn keys(&mut self, keys: &[Key]) -> Vec<Effect> {
        keys.iter().flat_map(|key| self.key(*key)).collect()
    }

    pub fn enter(&mut self) -> Vec<Effect> {
        self.key(Key::Enter)
    }

    /// Types `text` key by key where the cursor is.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key(Key::Char(c));
        }
    }

    /// End then Ctrl-U: the field emptied with its editing keys.
    pub fn clear_field(&mut self) {
        self.keys(&[Key::End, Key::Ctrl('u')]);
    }

    /// Answers every pending effect (and those they cause) as a healthy API would.
    pub fn settle(&mut self) {
        while !self.pending.is_empty() {
            let effect = self.pending.remove(0);
            match success(&effect) {
                Some(msg) => {
                    self.send(msg);
                }
                None => self.unanswered.push(effect),
            }
        }
    }

    /// Takes the pending effect matching `pick`.
    pub fn take(&mut self, pick: impl Fn(&Effect) -> bool) -> Effect {
        if let Some(index) = self.pending.iter().position(&pick) {
            return self.pending.remove(index);
        }
        let index =
            self.unanswered.iter().position(&pick).unwrap_or_else(|| panic!("no such effect in {:?}", self.pending));
        self.unanswered.remove(index)
    }

    /// Answers the pending effect matching `pick` with the message `make` builds from its
    /// request id.
    pub fn answer(&mut self, pick: impl Fn(&Effect) -> bool, make: impl FnOnce(u64) -> Msg) {
        let req = match self.take(pick) {
            Effect::LoadAccount { req }
            | Effect::PrepareCart { req, .. }
            | Effect::AddProject { req, .. }
            | Effect::SetConfiguration { req, .. }
            | Effect::RemoveConfiguration { req, .. }
            | Effect::CheckVoucher { req, .. }
            | Effect::LoadQuote { req, .. }
            | Effect::Checkout { req, .. }
            | Effect::FollowOrder { req, .. } => req,
            other => panic!("{other:?} has no request id"),
        };
        self.send(make(req));
    }

    /// The waiver ticked and "Place the order?" being asked.
    pub fn placing() -> Self {
        let mut w = Wizard::at_review();
        w.focus(ReviewFocus::Waiver);
        w.act(Action::Toggle);
        w.focus(ReviewFocus::PlaceOrder);
        w.confirm();
        w
    }

    /// The order placed, its delivery under way (and the receipt written); with the follow
    /// request's id.
    pub fn following() -> (Self, u64) {
        let mut w = Wizard::placing();
        w.confirm();
        w.settle();
        let Effect::FollowOrder { req, .. } = w.take(|e| matches!(e, Effect::FollowOrder { .. })) else {
            unreachable!()
        };
        w.send(Msg::OrderProgress {
            req,
            progress: OrderProgress {
                status: OrderStatus::Delivering,
                follow_up: vec![
                    follow_up(FollowUpStep::Validating, FollowUpStatus::Done, "ORDER_VALIDATED"),
                    follow_up(FollowUpStep::Validated, FollowUpStatus::Done, "PAYMENT_RECEIVED"),
                    follow_up(FollowUpStep::Delivering, FollowUpStatus::Doing, "DELIVERY_STARTED"),
                ],
            },
        });
        w.send(Msg::ReceiptWritten(Ok("/home/ada/.local/share/ovhcart/receipts/order-123456789.json".into())));
        (w, req)
    }

    /// Subsidiary FR chosen, the cart ready, on the plan screen.
    pub fn at_plan() -> Self {
        let mut w = Wizard::new();
        w.settle();
        w.choose_subsidiary("FR");
        w.settle();
        w
    }

    /// `code` typed in the filter, highlighted among what it matches, and confirmed.
    pub fn choose_subsidiary(&mut self, code: &str) {
        self.set_text(code);
        // The filter may match several: highlight the exact code.
        let index = self.state.filtered_subsidiaries().iter().position(|s| s.code == code);
        let index = index.unwrap_or_else(|| panic!("{code} not found"));
        self.send(Msg::Focus(Focus::Subsidiary(index)));
        assert_eq!(self.state.subsidiary_screen.highlighted, Some(code));
        self.confirm();
    }

    /// Everything applied, the quote loaded, on the review screen.
    /// On the voucher step, the plan chosen and the default name given.
    pub fn at_voucher() -> Self {
        let mut w = Wizard::at_plan();
        w.confirm();
        w.confirm();
        w.settle();
        w
    }

    /// `EXPIRED2024` typed on the voucher step and refused by the API.
    pub fn voucher_refused() -> Self {
        let mut w = Wizard::at_voucher();
        w.set_text("EXPIRED2024");
        w.confirm();
        w.answer(
            |e| matches!(e, Effect::CheckVoucher { .. }),
            |req| Msg::VoucherChecked {
                req,
                code: "EXPIRED2024".into(),
                result: Err(api_error(
                    ErrorKind::BadRequest,
                    Outcome::NotApplied,
                    "This voucher has expired (VOUCHER_EXPIRED)",
                )),
            },
        );
        w
    }

    /// The checkout sent and answered with `error`.
    pub fn checkout_failed(error: ApiError) -> Self {
        let mut w = Wizard::placing();
        w.confirm();
        w.answer(|e| matches!(e, Effect::Checkout { .. }), |req| Msg::OrderPlaced { req, result: Err(error) });
        w
    }

    /// The checkout sent and its answer lost on the way: the order may exist.
    pub fn checkout_answer_lost() -> Self {
        let lost = api_error(ErrorKind::Network, Outcome::Unknown, "connection reset while waiting for the answer");
        Wizard::checkout_failed(lost)
    }

    pub fn at_review() -> Self {
        let mut w = Wizard::at_plan();
        w.acts(&[Action::Confirm; 3]);
        w.settle();
        assert_eq!(w.state.step, Step::Review);
        w
    }

    /// Moves the review's focus to `target` (`Msg::Focus`).
    pub fn focus(&mut self, target: ReviewFocus) {
        self.send(Msg::Focus(Focus::Review(target)));
        assert_eq!(self.state.review.focus, target, "cannot reach {target:?}");
    }
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
