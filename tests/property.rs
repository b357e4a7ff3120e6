//! Property tests: every decoder and parser answers odd input (random bytes, truncated
//! JSON, huge numbers, odd Unicode) with an error, never a panic; and the wizard's core
//! never checks out without the waiver ticked, whatever keys arrive.

mod common;

use bytes::Bytes;
use ovhcart::api::Endpoint;
use ovhcart::api::client::{Answer, decode};
use ovhcart::api::error::ApiError;
use ovhcart::api::models::*;
use ovhcart::app::{Effect, Key, Msg, update};
use ovhcart::i18n::Lang;
use proptest::prelude::*;

fn answer(body: Vec<u8>) -> Answer {
    Answer { status: 200, query_id: None, body: Bytes::from(body) }
}

/// Decodes `body` as every shape ovhcart reads; none may panic.
fn decode_all(body: &[u8]) {
    let a = answer(body.to_vec());
    let _ = decode::<Cart>("GET", "/x", &a);
    let _ = decode::<Vec<ProductOffer>>("GET", "/x", &a);
    let _ = decode::<Item>("GET", "/x", &a);
    let _ = decode::<Vec<ConfigurationRequirement>>("GET", "/x", &a);
    let _ = decode::<ConfigurationItem>("GET", "/x", &a);
    let _ = decode::<Order>("GET", "/x", &a);
    let _ = decode::<BillingOrder>("GET", "/x", &a);
    let _ = decode::<BillingOrderDetail>("GET", "/x", &a);
    let _ = decode::<ItemDetail>("GET", "/x", &a);
    let _ = decode::<Vec<FollowUp>>("GET", "/x", &a);
    let _ = decode::<OrderStatus>("GET", "/x", &a);
    let _ = decode::<Me>("GET", "/x", &a);
    let _ = decode::<PaymentMethod>("GET", "/x", &a);
    let _ = decode::<Eligibility>("GET", "/x", &a);
    let _ = decode::<Project>("GET", "/x", &a);
    let _ = decode::<Credential>("GET", "/x", &a);
    let _ = decode::<CredentialRequestAnswer>("GET", "/x", &a);
    let _ = decode::<Vec<i64>>("GET", "/x", &a);
    let _ = decode::<i64>("GET", "/x", &a);
    let _ = ApiError::from_answer("POST", "/order/cart", 503, body, Some("EU.q".into()));
}

/// Real answers, to be cut at every length.
fn samples() -> Vec<String> {
    let mut out = vec![
        serde_json::to_string(&common::fixtures::offers()).unwrap(),
        serde_json::to_string(&common::fixtures::quote(true)).unwrap(),
        serde_json::to_string(&common::fixtures::account().me).unwrap(),
        serde_json::to_string(&common::fixtures::eligibility()).unwrap(),
    ];
    out.push(r#"{"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"}"#.into());
    out.push(r#"[{"history":[{"date":"2026-11-21T10:00:00+00:00","description":"d","label":"X"}],"status":"DONE","step":"VALIDATING"}]"#.into());
    out
}

#[test]
fn truncated_answers_are_errors_not_panics() {
    for sample in samples() {
        for cut in 0..sample.len() {
            if sample.is_char_boundary(cut) {
                decode_all(&sample.as_bytes()[..cut]);
            }
        }
        decode_all(sample.as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic_a_decoder(body in proptest::collection::vec(any::<u8>(), 0..512)) {
        decode_all(&body);
    }

    #[test]
    fn json_with_odd_values_never_panics(
        text in "\\PC{0,40}",
        number in any::<i64>(),
        float in any::<f64>(),
    ) {
        let odd = serde_json::json!({
            "cartId": text, "items": [number, number], "readOnly": text, "orderId": float,
            "prices": {"tax": {"currencyCode": text, "text": text, "value": number}},
            "value": 1e308, "priceInUcents": "9".repeat(40),
        });
        decode_all(odd.to_string().as_bytes());
        let error = ApiError::from_answer("GET", &format!("/order/cart/{text}"), 404, odd.to_string().as_bytes(), None);
        prop_assert!(!error.message.is_empty() || error.status == Some(404));
    }

    #[test]
    fn endpoints_and_languages_parse_anything(text in "\\PC{0,64}") {
        let _ = Endpoint::parse(&text);
        let _ = Lang::from_tag(&text);
        let _ = ovhcart::i18n::choose_language(Some(&text), &|_| None, None);
        let _ = ovhcart::api::config::Document::parse(&text);
    }

    #[test]
    fn ini_files_of_any_shape_parse_or_fail_cleanly(lines in proptest::collection::vec("[\\[\\]=:;# a-z_\\-\\.\\t]{0,30}", 0..20)) {
        let _ = ovhcart::api::config::Document::parse(&lines.join("\n"));
    }

    #[test]
    fn an_accepted_project_name_is_what_the_api_allows(raw in "\\PC{0,300}|[\\x00-\\x1f a-z]{0,20}") {
        if let Ok(name) = ovhcart::app::validate::project_name(&raw) {
            prop_assert_eq!(name.trim(), name.as_str());
            let count = name.chars().count();
            prop_assert!((1..=255).contains(&count));
            prop_assert!(!name.chars().any(char::is_control));
        }
    }

    /// Whatever keys arrive at the review, a checkout is only asked for with the waiver
    /// ticked, and at most once.
    #[test]
    fn no_checkout_without_the_waiver_and_never_two(keys in proptest::collection::vec(key(), 0..60)) {
        let mut w = common::scripted::Wizard::at_review();
        let mut checkouts = 0;
        for key in keys {
            for effect in update(&mut w.state, Msg::Key(key)) {
                if let Effect::Checkout { waive_retraction, .. } = effect {
                    prop_assert!(waive_retraction);
                    prop_assert!(w.state.draft.consents.waiver);
                    checkouts += 1;
                }
            }
        }
        prop_assert!(checkouts <= 1);
    }
}

fn key() -> impl Strategy<Value = Key> {
    prop_oneof![
        Just(Key::Enter),
        Just(Key::Esc),
        Just(Key::Tab),
        Just(Key::BackTab),
        Just(Key::Up),
        Just(Key::Down),
        Just(Key::Char(' ')),
        Just(Key::Char('r')),
        Just(Key::Char('?')),
        Just(Key::F(1)),
        Just(Key::PageDown),
        any::<char>().prop_map(Key::Char),
    ]
}
