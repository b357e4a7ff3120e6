//! `ovhcart doctor` against the sandbox: all granted with the demo key, the missing routes
//! of a restricted key, no credentials at all, OAuth2, and `--sandbox`.

mod common;

use common::cli::*;
use common::{once, start};
use ovhcart::api::client::Auth;
use ovhcart::api::models::{AccessRule, CredentialRequest, CredentialRequestAnswer};
use ovhcart::api::{Client, rights};
use ovhcart::sandbox::{SandboxOptions, accounts};
use serde_json::Value;

fn json(done: &Finished) -> Value {
    serde_json::from_str(done.stdout.trim()).unwrap_or_else(|e| panic!("{e}: {}", done.stdout))
}

fn with_keys(command: &mut std::process::Command, consumer_key: &str) {
    with_demo_app(command).env("OVH_CONSUMER_KEY", consumer_key);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_key_grants_everything() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();

    let mut command = place.command(&["--endpoint", &base, "doctor"]);
    with_keys(&mut command, accounts::CONSUMER_KEY);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(0), "{}\n{}", done.stdout, done.stderr);
    assert!(done.stdout.contains("All good"), "{}", done.stdout);
    assert!(done.stdout.contains("consumer key from OVH_CONSUMER_KEY"), "{}", done.stdout);
    assert!(done.stdout.contains("~/.ovh.conf (not found)"), "{}", done.stdout);
    assert!(done.stdout.contains("API time minus local time: +0 s"), "{}", done.stdout);
    assert_eq!(done.stdout.matches("granted").count(), rights::NEEDED.len(), "{}", done.stdout);

    let mut command = place.command(&["--endpoint", &base, "doctor", "--json"]);
    with_keys(&mut command, accounts::CONSUMER_KEY);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(0));
    let report = json(&done);
    assert_eq!(report["ok"], true);
    assert_eq!(report["endpoint"], base.as_str());
    assert_eq!(report["endpointSource"], "--endpoint");
    assert_eq!(report["endpointDefaulted"], false);
    assert_eq!(report["method"], "applicationKeys");
    assert_eq!(report["clockDriftSecs"], 0);
    assert!(report.get("endpoint_source").is_none() && report.get("clock_drift_secs").is_none(), "{report}");
    assert_eq!(report["credential"]["status"], "validated");
    let routes = report["routes"].as_array().unwrap();
    assert_eq!(routes.len(), rights::NEEDED.len());
    assert!(routes.iter().all(|r| r["granted"] == true));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restricted_key_shows_what_is_missing() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();

    // A key that may only read the account and the carts, validated as a person would.
    let anonymous =
        Client::new(&base, Auth::Anonymous { application_key: Some(accounts::APPLICATION_KEY.into()) }, once())
            .unwrap();
    let rules = vec![AccessRule::new("GET", "/me"), AccessRule::new("GET", "/order/*")];
    let request = CredentialRequest { access_rules: rules, redirection: None, allowed_ips: None };
    let answer: CredentialRequestAnswer = anonymous.post_unsigned("/auth/credential", &request).await.unwrap();
    open(&answer.validation_url).await;

    let mut command = place.command(&["--endpoint", &base, "doctor", "--json"]);
    with_keys(&mut command, &answer.consumer_key);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(1), "{}\n{}", done.stdout, done.stderr);
    let report = json(&done);
    assert_eq!(report["ok"], false);
    let granted: Vec<String> = report["routes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["granted"] == true)
        .map(|r| format!("{} {}", r["method"].as_str().unwrap(), r["path"].as_str().unwrap()))
        .collect();
    assert_eq!(granted, ["GET /me", "GET /order/cart", "GET /order/cart/*"]);
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    let what = problems[0]["what"].as_str().unwrap();
    assert!(what.contains("POST /order/cart") && what.contains("GET /auth/currentCredential"), "{what}");
    assert!(problems[0]["next"].as_str().unwrap().contains("ovhcart login"));

    let mut command = place.command(&["--endpoint", &base, "doctor"]);
    with_keys(&mut command, &answer.consumer_key);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(1));
    assert!(done.stdout.contains("NOT granted  POST   /order/cart "), "{}", done.stdout);
    assert!(done.stdout.contains("1 problem(s) to fix"), "{}", done.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_credentials_point_to_login() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let done = finish(place.command(&["--endpoint", &base, "doctor"])).await;
    assert_eq!(done.code(), Some(1), "{}\n{}", done.stdout, done.stderr);
    assert!(done.stdout.contains("Missing authentication information"), "{}", done.stdout);
    assert!(done.stdout.contains("Run ovhcart login to create credentials."), "{}", done.stdout);

    // Keys without a consumer key: the case `ovhcart login` exists for.
    let mut command = place.command(&["--endpoint", &base, "doctor"]);
    with_demo_app(&mut command);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(1));
    assert!(done.stdout.contains("no consumer key"), "{}", done.stdout);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_secret_is_named() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let mut command = place.command(&["--endpoint", &base, "doctor", "--json"]);
    command
        .env("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY)
        .env("OVH_APPLICATION_SECRET", "notTheRightSecretnotTheRightSecr")
        .env("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(1));
    let report = json(&done);
    let problem = &report["problems"][0];
    assert!(problem["what"].as_str().unwrap().contains("INVALID_SIGNATURE"), "{problem}");
    assert!(problem["next"].as_str().unwrap().contains("application secret"), "{problem}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oauth2_gets_a_token() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let mut command = place.command(&["--endpoint", &base, "doctor", "--json"]);
    command.env("OVH_CLIENT_ID", accounts::CLIENT_ID).env("OVH_CLIENT_SECRET", accounts::CLIENT_SECRET);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(0), "{}\n{}", done.stdout, done.stderr);
    let report = json(&done);
    assert_eq!((report["method"].as_str(), report["oauth2Token"].as_bool()), (Some("oauth2"), Some(true)));
    assert!(sandbox.requests().iter().any(|r| r.path == "/auth/oauth2/token"));

    let mut command = place.command(&["--endpoint", &base, "doctor", "--json"]);
    command.env("OVH_CLIENT_ID", accounts::CLIENT_ID).env("OVH_CLIENT_SECRET", "wrongwrongwrong");
    let done = finish(command).await;
    assert_eq!(done.code(), Some(1));
    let report = json(&done);
    assert_eq!(report["oauth2Token"], false);
    assert!(report["problems"][0]["what"].as_str().unwrap().contains("invalid_client"), "{report}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn works_with_the_embedded_sandbox() {
    let place = Env::new();
    let done = finish(place.command(&["--sandbox", "doctor"])).await;
    assert_eq!(done.code(), Some(0), "{}\n{}", done.stdout, done.stderr);
    assert!(done.stdout.contains("--sandbox") && done.stdout.contains("demo credentials"), "{}", done.stdout);
}

/// The advice is in the person's language (`--lang fr`), in text and in JSON.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_advice_follows_lang() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let done = finish(place.command(&["--lang", "fr", "--endpoint", &base, "doctor"])).await;
    assert_eq!(done.code(), Some(1), "{}\n{}", done.stdout, done.stderr);
    assert!(done.stdout.contains("Lancez ovhcart login pour créer des identifiants."), "{}", done.stdout);
    assert!(!done.stdout.contains("Run ovhcart login"), "{}", done.stdout);

    let done = finish(place.command(&["--lang", "fr", "--endpoint", "ovh-mars", "doctor", "--json"])).await;
    assert_eq!(done.code(), Some(1), "{}\n{}", done.stdout, done.stderr);
    let report = json(&done);
    let problem = &report["problems"][0];
    assert!(problem["what"].as_str().unwrap().contains("ovh-mars"), "{problem}");
    assert_eq!(
        problem["next"].as_str().unwrap(),
        "Utilisez l'un des noms de point d'accès indiqués, ou une URL de base comme https://eu.api.ovh.com/1.0.",
    );
}
