//! OAuth2 service accounts end to end: `client_id`/`client_secret` from the environment or
//! `ovh.conf` resolve to the endpoint's token URL (the sandbox's, for its URL), calls carry
//! `Authorization: Bearer` and no signature, and an expired token is renewed.

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::{once, start};
use ovhcart::api::Client;
use ovhcart::api::config::{Credentials, Env, Overrides, resolve};
use ovhcart::api::models::Me;
use ovhcart::sandbox::{SandboxOptions, accounts};

fn env_with(vars: &[(&str, &str)], home: &std::path::Path) -> Env {
    Env {
        vars: vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<HashMap<_, _>>(),
        home: Some(home.to_path_buf()),
        cwd: None,
        system_file: home.join("no-system-file"),
    }
}

#[tokio::test]
async fn tokens_come_from_the_token_url_and_are_renewed_when_they_expire() {
    let sandbox = start(SandboxOptions { token_ttl: Duration::from_secs(2), ..SandboxOptions::default() }).await;
    let dir = tempfile::tempdir().unwrap();
    let base = sandbox.base_url();
    let env = env_with(
        &[
            ("OVH_ENDPOINT", &base),
            ("OVH_CLIENT_ID", accounts::CLIENT_ID),
            ("OVH_CLIENT_SECRET", accounts::CLIENT_SECRET),
        ],
        dir.path(),
    );
    let resolved = resolve(&Overrides::default(), &env).unwrap();
    let Credentials::OAuth2 { token_url, .. } = &resolved.credentials else { panic!("OAuth2 expected") };
    assert_eq!(token_url, &sandbox.token_url());

    let client = Client::new(&base, resolved.auth(), once()).unwrap();
    for _ in 0..2 {
        let me: Me = client.get("/me").await.unwrap();
        assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);
    }
    // Past the token's life: the next call fetches a new one by itself.
    tokio::time::sleep(Duration::from_millis(2_100)).await;
    let _: Me = client.get("/me").await.unwrap();

    let requests = sandbox.requests();
    let token_requests: Vec<_> = requests.iter().filter(|r| r.path == "/auth/oauth2/token").collect();
    assert_eq!(token_requests.len(), 2, "{requests:#?}");
    assert!(token_requests.iter().all(|r| r.body_text().contains("grant_type=client_credentials")));
    assert!(token_requests.iter().all(|r| r.body_text().contains("scope=all")));
    let api_calls: Vec<_> = requests.iter().filter(|r| r.path == "/me").collect();
    assert_eq!(api_calls.len(), 3);
    assert!(api_calls.iter().all(|r| r.bearer && !r.signed && r.status() == Some(200)));
}

#[tokio::test]
async fn client_credentials_from_the_file() {
    let sandbox = start(SandboxOptions::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let base = sandbox.base_url();
    std::fs::write(
        dir.path().join(".ovh.conf"),
        format!(
            "[default]\nendpoint = {base}\n\n[{base}]\nclient_id = {}\nclient_secret = {}\n",
            accounts::CLIENT_ID,
            accounts::CLIENT_SECRET
        ),
    )
    .unwrap();
    let resolved = resolve(&Overrides::default(), &env_with(&[], dir.path())).unwrap();
    let client = Client::new(&base, resolved.auth(), once()).unwrap();
    let me: Me = client.get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);
    let debug = format!("{client:?} {resolved:?}");
    assert!(!debug.contains(accounts::CLIENT_SECRET), "{debug}");
}
