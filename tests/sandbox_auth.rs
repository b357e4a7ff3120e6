//! Authentication against the sandbox (§6, §9): signatures over raw bytes and the
//! targeted URL, keys, consumer-key login and rules, OAuth2, clock skew, the /v1 alias,
//! unknown routes, and the headers of every answer.

mod common;

use std::time::Duration;

use common::*;
use ovhcart::api::client::Auth;
use ovhcart::api::models::{AccessRule, Cart, Credential, CredentialRequest, CredentialRequestAnswer, Me, TokenAnswer};
use ovhcart::api::{Client, ErrorKind, Secret};
use ovhcart::sandbox::{SandboxOptions, TIMESTAMP_TOLERANCE_SECS, accounts};

#[tokio::test]
async fn refusals_have_the_apis_bodies() {
    let sandbox = start(SandboxOptions::default()).await;
    let base = sandbox.base_url();
    let me = format!("{base}/me");

    let a = raw("GET", &me, None, Sign::None).await;
    assert_eq!((a.status, a.body.as_str()), (401, r#"{"message":"You must login first"}"#));
    let a = raw("GET", &me, None, Sign::AppKey(accounts::APPLICATION_KEY)).await;
    assert_eq!(a.status, 401);

    let wrong_secret = Sign::Keys {
        ak: accounts::APPLICATION_KEY,
        secret: "notTheSecret",
        ck: accounts::CONSUMER_KEY,
        timestamp: unix_now(),
    };
    let a = raw("GET", &me, None, wrong_secret).await;
    assert_eq!(
        (a.status, a.body.as_str()),
        (400, r#"{"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"}"#)
    );

    let unknown_ak =
        Sign::Keys { ak: "unknownAppKey000", secret: "x", ck: accounts::CONSUMER_KEY, timestamp: unix_now() };
    let a = raw("GET", &me, None, unknown_ak).await;
    assert_eq!((a.status, a.json()["errorCode"].as_str()), (403, Some("INVALID_KEY")));

    let unknown_ck = Sign::Keys {
        ak: accounts::APPLICATION_KEY,
        secret: accounts::APPLICATION_SECRET,
        ck: "unknownConsumerKeyunknownConsume",
        timestamp: unix_now(),
    };
    let a = raw("GET", &me, None, unknown_ck).await;
    assert_eq!(a.status, 403);
    assert_eq!(
        (a.json()["errorCode"].as_str(), a.json()["message"].as_str()),
        (Some("INVALID_CREDENTIAL"), Some("This credential is not valid"))
    );

    // The body is hashed as received: re-serialising it would change these bytes.
    let body = "{ \"ovhSubsidiary\" : \"FR\", \"description\": \"caf\u{e9} \u{1F600}\" }".as_bytes();
    let a = raw("POST", &format!("{base}/order/cart"), Some(body), demo_keys()).await;
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.json()["description"].as_str(), Some("café 😀"));
    let escaped = br#"{"ovhSubsidiary":"FR","description":"caf\u00e9"}"#;
    let a = raw("POST", &format!("{base}/order/cart"), Some(escaped), demo_keys()).await;
    assert_eq!(a.status, 200, "{}", a.body);

    // noAuth routes take unsigned calls, but a signature that is present must be right.
    let a = raw("POST", &format!("{base}/order/cart"), Some(br#"{"ovhSubsidiary":"FR"}"#), Sign::None).await;
    assert_eq!(a.status, 200);
    let bad =
        Sign::Keys { ak: accounts::APPLICATION_KEY, secret: "bad", ck: accounts::CONSUMER_KEY, timestamp: unix_now() };
    let a = raw("POST", &format!("{base}/order/cart"), Some(br#"{"ovhSubsidiary":"FR"}"#), bad).await;
    assert_eq!(a.status, 400);

    // A signature made for another URL (here the real API's) does not verify.
    let ts = unix_now();
    let signature = ovhcart::api::sign::signature(
        accounts::APPLICATION_SECRET,
        accounts::CONSUMER_KEY,
        "GET",
        "https://eu.api.ovh.com/1.0/me",
        b"",
        &ts.to_string(),
    );
    let answer = reqwest::Client::new()
        .get(&me)
        .header("X-Ovh-Application", accounts::APPLICATION_KEY)
        .header("X-Ovh-Consumer", accounts::CONSUMER_KEY)
        .header("X-Ovh-Timestamp", ts.to_string())
        .header("X-Ovh-Signature", signature)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 400);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn every_answer_has_a_query_id_and_json_type() {
    let sandbox = start(SandboxOptions::default()).await;
    let base = sandbox.base_url();
    for (method, url, auth) in [
        ("GET", format!("{base}/auth/time"), Sign::None),
        ("GET", format!("{base}/me"), demo_keys()),
        ("GET", format!("{base}/me"), Sign::None),
        ("GET", format!("{base}/not/a/route"), Sign::None),
        ("GET", format!("{base}/not/a/route"), demo_keys()),
        ("DELETE", format!("{base}/auth/time"), Sign::None),
    ] {
        let a = raw(method, &url, None, auth).await;
        let id = a.query_id.unwrap_or_default();
        assert!(id.starts_with("EU.ext-1.") && id.split('.').count() >= 5, "{url}: {id}");
        assert_eq!(a.content_type.as_deref(), Some("application/json; charset=utf-8"));
        if url.contains("not/a/route") || method == "DELETE" {
            assert_eq!(
                (a.status, a.body.as_str()),
                (404, r#"{"class":"Client::NotFound","message":"Got an invalid (or empty) URL"}"#)
            );
        }
    }
    let origin = base.trim_end_matches("/1.0");
    for path in ["/2.0/me", "/", "/me", "/1.0me"] {
        assert_eq!(raw("GET", &format!("{origin}{path}"), None, Sign::None).await.status, 404, "{path}");
    }
    sandbox.shutdown().await;
}

#[tokio::test]
async fn the_v1_alias_is_the_same_api() {
    let sandbox = start(SandboxOptions::default()).await;
    let origin = sandbox.base_url().trim_end_matches("/1.0").to_owned();
    let a = raw("GET", &format!("{origin}/v1/me"), None, demo_keys()).await;
    assert_eq!((a.status, a.json()["nichandle"].as_str()), (200, Some(accounts::DEMO_ACCOUNT)));
    let time = raw("GET", &format!("{origin}/v1/auth/time"), None, Sign::None).await;
    assert!(time.body.parse::<i64>().is_ok());
    let v1 = Client::new(&format!("{origin}/v1"), demo(&sandbox).auth().clone(), once()).unwrap();
    let me: Me = v1.get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);
    assert!(sandbox.requests().iter().any(|r| r.path == "/me"), "recorded without the prefix");
    sandbox.shutdown().await;
}

#[tokio::test]
async fn login_validation_and_access_rules() {
    let sandbox = start(SandboxOptions::default()).await;
    let base = sandbox.base_url();
    let request = CredentialRequest {
        access_rules: vec![AccessRule::new("GET", "/me"), AccessRule::new("GET", "/order/cart/*")],
        redirection: Some("https://example.invalid/done".into()),
        allowed_ips: None,
    };
    let body = serde_json::to_vec(&request).unwrap();

    let a = raw("POST", &format!("{base}/auth/credential"), Some(&body), Sign::None).await;
    assert_eq!(
        (a.status, a.body.as_str()),
        (401, r#"{"message":"You must send your application key to request new credentials"}"#)
    );
    let a = raw("POST", &format!("{base}/auth/credential"), Some(&body), Sign::AppKey("unknownAppKey000")).await;
    assert_eq!((a.status, a.json()["errorCode"].as_str()), (403, Some("INVALID_KEY")));

    let anonymous =
        Client::new(&base, Auth::Anonymous { application_key: Some(accounts::APPLICATION_KEY.into()) }, once())
            .unwrap();
    let answer: CredentialRequestAnswer = anonymous.post_unsigned("/auth/credential", &request).await.unwrap();
    assert_eq!((answer.state.as_str(), answer.consumer_key.len()), ("pendingValidation", 32));
    assert!(answer.validation_url.starts_with(base.trim_end_matches("/1.0")), "{}", answer.validation_url);
    assert!(answer.validation_url.contains("/sandbox/validate?credentialToken="));

    let restricted = client_with(&sandbox, &answer.consumer_key, accounts::APPLICATION_SECRET);
    let pending = restricted.get::<Me>("/me").await.unwrap_err();
    assert_eq!((pending.status, pending.error_code.as_deref()), (Some(403), Some("INVALID_CREDENTIAL")));
    let pending = restricted.get::<Credential>("/auth/currentCredential").await.unwrap_err();
    assert_eq!(pending.kind, ErrorKind::InvalidCredentials);

    let page = raw("GET", &answer.validation_url, None, Sign::None).await;
    assert_eq!(page.status, 200);
    assert!(page.content_type.unwrap_or_default().starts_with("text/html"));
    assert!(page.body.contains("validated"));
    let reused = raw("GET", &answer.validation_url, None, Sign::None).await;
    assert_eq!(reused.status, 404);

    let me: Me = restricted.get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);
    let current: Credential = restricted.get("/auth/currentCredential").await.unwrap();
    assert_eq!(current.status, "validated");
    assert_eq!(current.rules, request.access_rules);
    let denied = restricted.get::<Vec<i64>>("/me/order").await.unwrap_err();
    assert_eq!(
        (denied.status, denied.error_code.as_deref(), denied.message.as_str(), denied.kind),
        (Some(403), Some("NOT_GRANTED_CALL"), "This call has not been granted", ErrorKind::NotGranted)
    );
    // GET /order/cart/* is granted, POST is not, even on a noAuth route.
    let cart: Cart = demo(&sandbox).post("/order/cart", &serde_json::json!({"ovhSubsidiary":"FR"})).await.unwrap();
    let _: Cart = restricted.get(&format!("/order/cart/{}", cart.cart_id)).await.unwrap();
    let denied = restricted.post_empty::<serde_json::Value>(&format!("/order/cart/{}/assign", cart.cart_id)).await;
    assert_eq!(denied.unwrap_err().error_code.as_deref(), Some("NOT_GRANTED_CALL"));

    let demo_credential: Credential = demo(&sandbox).get("/auth/currentCredential").await.unwrap();
    assert_eq!(demo_credential.status, "validated");
    assert_eq!(demo_credential.rules.len(), 4);
    sandbox.shutdown().await;
}

#[tokio::test]
async fn clock_skew_is_seen_through_auth_time() {
    let skew = 1_000;
    let sandbox = start(SandboxOptions { clock_skew_secs: skew, ..SandboxOptions::default() }).await;
    let api = demo(&sandbox);
    let delta = api.time_delta().await.unwrap();
    assert!((delta - skew).abs() <= 2, "delta {delta}");
    let me: Me = api.get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);

    // A client that ignores /auth/time is outside the tolerance.
    let a = raw("GET", &format!("{}/me", sandbox.base_url()), None, demo_keys()).await;
    assert_eq!((a.status, a.json()["errorCode"].as_str()), (400, Some("INVALID_SIGNATURE")));
    let message = a.json()["message"].as_str().unwrap_or_default().to_owned();
    assert!(
        message.contains("X-Ovh-Timestamp") && message.contains(&TIMESTAMP_TOLERANCE_SECS.to_string()),
        "{message}"
    );
    sandbox.shutdown().await;
}

#[tokio::test]
async fn oauth2_service_account() {
    let sandbox = start(SandboxOptions { token_ttl: Duration::from_secs(1), ..SandboxOptions::default() }).await;
    let auth = Auth::OAuth2 {
        client_id: accounts::CLIENT_ID.into(),
        client_secret: Secret::new(accounts::CLIENT_SECRET),
        token_url: sandbox.token_url(),
    };
    let api = Client::new(&sandbox.base_url(), auth, once()).unwrap();
    let me: Me = api.get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);
    let (cart, item) = cart_with_project(&api, "FR").await;
    configure(&api, &cart, &item, "description", "oauth").await.unwrap();
    let recorded = sandbox.requests();
    assert!(recorded.iter().filter(|r| r.path.starts_with("/me")).all(|r| r.bearer && !r.signed));

    let http = reqwest::Client::new();
    let token: TokenAnswer = http
        .post(sandbox.token_url())
        .basic_auth(accounts::CLIENT_ID, Some(accounts::CLIENT_SECRET))
        .form(&[("grant_type", "client_credentials"), ("scope", "all")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!((token.token_type.as_str(), token.expires_in, token.scope.as_deref()), ("Bearer", Some(1), Some("all")));
    let a = raw("GET", &format!("{}/me", sandbox.base_url()), None, Sign::Bearer(&token.access_token)).await;
    assert_eq!(a.status, 200);
    tokio::time::sleep(Duration::from_millis(1_200)).await;
    let a = raw("GET", &format!("{}/me", sandbox.base_url()), None, Sign::Bearer(&token.access_token)).await;
    assert_eq!(a.status, 401);
    let a = raw("GET", &format!("{}/me", sandbox.base_url()), None, Sign::Bearer("garbage")).await;
    assert_eq!(a.status, 401);
    // The client gets a new token by itself once its token expired.
    let me: Me = api.get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);

    let refused = http
        .post(sandbox.token_url())
        .basic_auth(accounts::CLIENT_ID, Some("wrong"))
        .form(&[("grant_type", "client_credentials"), ("scope", "all")])
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status().as_u16(), 401);
    assert_eq!(
        refused.text().await.unwrap(),
        r#"{"error":"invalid_client","error_description":"ovhcloud oauth2 client does not exists"}"#
    );
    let bad = Client::new(
        &sandbox.base_url(),
        Auth::OAuth2 { client_id: "nobody".into(), client_secret: Secret::new("x"), token_url: sandbox.token_url() },
        once(),
    )
    .unwrap();
    let error = bad.get::<Me>("/me").await.unwrap_err();
    assert!(error.message.contains("invalid_client"), "{}", error.message);
    sandbox.shutdown().await;
}
