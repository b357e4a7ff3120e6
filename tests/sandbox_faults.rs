//! Faults, latency, lost checkout answers, the body limit, and malformed input that must
//! get an error answer and never stop the server.

mod common;

use std::collections::HashSet;
use std::time::{Duration, Instant};

use common::*;
use ovhcart::api::ErrorKind;
use ovhcart::api::error::Outcome as CallOutcome;
use ovhcart::api::models::{Cart, CartCreation, Order};
use ovhcart::sandbox::{Fault, Outcome, SandboxOptions};
use proptest::prelude::*;

#[tokio::test]
async fn every_fault_kind_happens_and_behaves() {
    let sandbox = start(SandboxOptions { fault_rate: 1.0, seed: Some(7), ..SandboxOptions::default() }).await;
    let api = demo(&sandbox);
    let creation = CartCreation { ovh_subsidiary: "FR".into(), description: None, expire: None };
    let mut kinds = HashSet::new();
    for _ in 0..40 {
        let result = api.post_unsigned::<_, Cart>("/order/cart", &creation).await;
        let error = result.expect_err("every request meets a fault");
        let recorded = sandbox.requests().pop().expect("recorded");
        let fault = recorded.fault.expect("a fault");
        match fault {
            Fault::BadGateway | Fault::Unavailable => {
                let status = if fault == Fault::BadGateway { 502 } else { 503 };
                assert_eq!((error.status, error.kind), (Some(status), ErrorKind::ServerUnavailable));
                assert!(error.message.contains(&status.to_string()), "{}", error.message);
                assert_eq!(recorded.outcome, Outcome::Answered(status));
            }
            Fault::ResetBeforeProcessing => {
                assert_eq!((error.status, error.kind), (None, ErrorKind::Network));
                assert_eq!(recorded.outcome, Outcome::ResetBeforeProcessing);
            }
            Fault::LostAfterProcessing => {
                assert_eq!((error.status, error.kind, error.outcome), (None, ErrorKind::Network, CallOutcome::Unknown));
                assert_eq!(recorded.outcome, Outcome::LostAfterProcessing(200), "processed before the loss");
            }
        }
        kinds.insert(fault);
    }
    assert_eq!(kinds.len(), 4, "{kinds:?}");
    sandbox.shutdown().await;
}

#[tokio::test]
async fn the_same_seed_gives_the_same_faults() {
    let mut runs = Vec::new();
    for _ in 0..2 {
        let sandbox = start(SandboxOptions { fault_rate: 0.5, seed: Some(99), ..SandboxOptions::default() }).await;
        let api = demo(&sandbox);
        for _ in 0..12 {
            let _ = api.get_unsigned::<i64>("/auth/time").await;
        }
        runs.push(sandbox.requests().iter().map(|r| r.fault).collect::<Vec<_>>());
        sandbox.shutdown().await;
    }
    assert_eq!(runs[0], runs[1]);
    assert!(runs[0].iter().any(Option::is_some) && runs[0].iter().any(Option::is_none));
}

#[tokio::test]
async fn a_lost_checkout_answer_still_created_the_order() {
    let sandbox = start(SandboxOptions { lose_checkout_answers: 1, ..SandboxOptions::default() }).await;
    let api = demo(&sandbox);
    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "lost").await.unwrap();
    let lost = api.post_empty::<Order>(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap_err();
    assert_eq!((lost.kind, lost.outcome), (ErrorKind::Network, CallOutcome::Unknown));
    assert_eq!(sandbox.requests().last().map(|r| r.outcome), Some(Outcome::LostAfterProcessing(200)));
    let orders: Vec<i64> = api.get("/me/order").await.unwrap();
    assert_eq!(orders.len(), 1, "the order exists although the answer was lost");
    let cart_now: Cart = api.get(&format!("/order/cart/{}", cart.cart_id)).await.unwrap();
    assert!(cart_now.read_only);
    // Only the first one is lost.
    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "kept").await.unwrap();
    let order: Order = api.post_empty(&format!("/order/cart/{}/checkout", cart.cart_id)).await.unwrap();
    assert!(order.order_id.is_some());
    sandbox.shutdown().await;
}

#[tokio::test]
async fn latency_delays_answers() {
    let sandbox = start(SandboxOptions { latency: Duration::from_millis(250), ..SandboxOptions::default() }).await;
    let started = Instant::now();
    let a = raw("GET", &format!("{}/auth/time", sandbox.base_url()), None, Sign::None).await;
    assert_eq!(a.status, 200);
    assert!(started.elapsed() >= Duration::from_millis(250));
    sandbox.shutdown().await;
}

#[tokio::test]
async fn bodies_are_bounded() {
    let sandbox = start(SandboxOptions::default()).await;
    let url = format!("{}/order/cart", sandbox.base_url());
    let huge = vec![b'x'; 2 * 1024 * 1024];
    let a = raw("POST", &url, Some(&huge), Sign::None).await;
    assert_eq!((a.status, a.json()["class"].as_str()), (413, Some("Client::RequestEntityTooLarge")));
    // A chunked body without a length is cut at the limit too.
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(sandbox.addr()).await.unwrap();
    let head = "POST /1.0/order/cart HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n";
    stream.write_all(head.as_bytes()).await.unwrap();
    let chunk = [b"10000\r\n".as_slice(), &[b'{'; 0x10000], b"\r\n"].concat();
    for _ in 0..40 {
        if stream.write_all(&chunk).await.is_err() {
            break; // the server answered and closed: expected
        }
    }
    let mut answer = vec![0u8; 256];
    let n = tokio::time::timeout(Duration::from_secs(5), stream.read(&mut answer)).await.unwrap().unwrap_or(0);
    let text = String::from_utf8_lossy(&answer[..n]);
    assert!(text.is_empty() || text.starts_with("HTTP/1.1 413"), "{text}");
    assert_eq!(raw("GET", &format!("{}/auth/time", sandbox.base_url()), None, Sign::None).await.status, 200);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn malformed_bodies_get_400_with_a_message() {
    let sandbox = start(SandboxOptions::default()).await;
    let base = sandbox.base_url();
    let cases: [&[u8]; 9] = [
        b"",
        b"{",
        b"[]",
        b"null",
        br#"{"ovhSubsidiary": 12}"#,
        br#"{"ovhSubsidiary": "XX"}"#,
        br#"{"ovhSubsidiary": "FR", "expire": "soon"}"#,
        b"\xff\xfe\x00garbage",
        br#"{"ovhSubsidiary": "FR\u0000\ud800"}"#,
    ];
    for body in cases {
        let a = raw("POST", &format!("{base}/order/cart"), Some(body), Sign::None).await;
        assert_eq!(a.status, 400, "{:?} -> {}", String::from_utf8_lossy(body), a.body);
        assert!(!a.json()["message"].as_str().unwrap_or_default().is_empty());
    }
    let api = demo(&sandbox);
    let (cart, item) = cart_with_project(&api, "FR").await;
    let item_url = format!("{base}/order/cart/{}/item/{}", cart.cart_id, item.item_id);
    for body in [&br#"{"quantity": 99999999999999999999999}"#[..], br#"{"quantity": "1"}"#, br#"{"quantity": 1.5}"#] {
        let a = raw("PUT", &item_url, Some(body), Sign::None).await;
        assert_eq!(a.status, 400, "{}", a.body);
    }
    for path in ["item/notanumber", "item/99999999999999999999999", "item/-1/configuration/x"] {
        let a = raw("GET", &format!("{base}/order/cart/{}/{path}", cart.cart_id), None, Sign::None).await;
        assert_eq!(a.status, 404, "{path}: {}", a.body);
    }
    sandbox.shutdown().await;
}

fn json_bodies() -> impl Strategy<Value = Vec<u8>> {
    let valid = r#"{"ovhSubsidiary":"FR","description":"x","label":"description","value":"v","duration":"P1M","planCode":"project.2018","pricingMode":"default","quantity":1}"#;
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..4096),
        (0..valid.len()).prop_map(move |cut| valid.as_bytes()[..cut].to_vec()),
        "\\PC{0,200}"
            .prop_map(|s| format!(r#"{{"ovhSubsidiary":"FR","description":{}}}"#, serde_json::json!(s)).into_bytes()),
        "\\PC{0,200}".prop_map(String::into_bytes),
        any::<i128>().prop_map(|n| format!(r#"{{"quantity":{n}0000,"label":{n}}}"#).into_bytes()),
    ]
}

#[test]
fn random_input_never_breaks_the_server() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(start(SandboxOptions::default()));
    let api = demo(&sandbox);
    let (cart, item) = runtime.block_on(cart_with_project(&api, "FR"));
    let base = sandbox.base_url();
    let targets = [
        ("POST", "/order/cart".to_owned()),
        ("PUT", format!("/order/cart/{}", cart.cart_id)),
        ("POST", format!("/order/cart/{}/cloud", cart.cart_id)),
        ("POST", format!("/order/cart/{}/item/{}/configuration", cart.cart_id, item.item_id)),
        ("POST", format!("/order/cart/{}/checkout", cart.cart_id)),
        ("POST", "/auth/credential".to_owned()),
        ("POST", "/me/order/1/pay".to_owned()),
    ];
    let config = ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() };
    proptest!(config, |(body in json_bodies(), target in 0..targets.len(), signed in any::<bool>(), tail in "\\PC{0,12}")| {
        let (method, path) = &targets[target];
        let url = format!("{base}{path}{}", if tail.is_empty() { String::new() } else { format!("?q={}", url_escape(&tail)) });
        let auth = if signed { demo_keys() } else { Sign::AppKey(ovhcart::sandbox::accounts::APPLICATION_KEY) };
        let answer = runtime.block_on(raw(method, &url, Some(&body), auth));
        prop_assert!(answer.status == 200 || (400..500).contains(&answer.status), "{} {} -> {} {}", method, path, answer.status, answer.body);
        prop_assert!(answer.query_id.is_some());
    });
    let alive = runtime.block_on(raw("GET", &format!("{base}/auth/time"), None, Sign::None));
    assert_eq!(alive.status, 200);
    runtime.block_on(sandbox.shutdown());
}

fn url_escape(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
