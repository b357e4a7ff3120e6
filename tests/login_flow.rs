//! `ovhcart login` end to end against the sandbox: the key is requested with exactly
//! ovhcart's rules, the test opens the validation URL as the person would, and the saved
//! `ovh.conf` is checked: content, merge into an existing file, mode, symlinks.

mod common;

use std::process::Stdio;

use common::cli::*;
use common::{client_with, mode, start};
use ovhcart::api::config::Document;
use ovhcart::api::models::{CredentialRequest, Me};
use ovhcart::api::rights;
use ovhcart::sandbox::{SandboxOptions, accounts};

const EXISTING: &str = "\
; my OVH settings, keep this comment
[default]
# the one I use most
endpoint = ovh-ca

[ovh-ca]
application_key=caKey
application_secret=caSecret
consumer_key=caConsumer

[ovh-cli]
default_cloud_project = abc123
";

fn saved(path: &std::path::Path) -> Document {
    Document::parse(&std::fs::read_to_string(path).expect("saved file")).expect("valid ini")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_merges_into_an_existing_file_and_the_key_works() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    std::fs::write(place.ovh_conf(), EXISTING).unwrap();
    let base = sandbox.base_url();

    let mut command = place.command(&["--endpoint", &base, "login", "--json", "--poll-interval", "1"]);
    with_demo_app(&mut command);
    let done = login_validating(command).await;
    assert_eq!(done.code(), Some(0), "stdout:\n{}\nstderr:\n{}", done.stdout, done.stderr);

    // Every byte of the old file is still there, in order; the new section follows.
    let text = std::fs::read_to_string(place.ovh_conf()).unwrap();
    assert!(text.starts_with(EXISTING), "{text}");
    let doc = saved(&place.ovh_conf());
    assert_eq!(doc.get("default", "endpoint").as_deref(), Some("ovh-ca"), "an existing default stays");
    assert_eq!(doc.get(&base, "application_key").as_deref(), Some(accounts::APPLICATION_KEY));
    assert_eq!(doc.get(&base, "application_secret").as_deref(), Some(accounts::APPLICATION_SECRET));
    let ck = doc.get(&base, "consumer_key").expect("a consumer key");
    assert_eq!(ck.len(), 32);
    assert_ne!(ck, accounts::CONSUMER_KEY);
    assert_eq!(mode(&place.ovh_conf()), 0o600);

    // The key asked for exactly ovhcart's rules, and it works.
    let requests = sandbox.requests();
    let asked = requests.iter().find(|r| r.method == "POST" && r.path == "/auth/credential").expect("requested");
    let body: CredentialRequest = serde_json::from_slice(&asked.body).unwrap();
    assert_eq!(body.access_rules, rights::needed_rules());
    let me: Me = client_with(&sandbox, &ck, accounts::APPLICATION_SECRET).get("/me").await.unwrap();
    assert_eq!(me.nichandle, accounts::DEMO_ACCOUNT);

    // The JSON lines: the URL, the account, where it was saved; never a key.
    let events: Vec<serde_json::Value> =
        done.stdout.lines().map(|l| serde_json::from_str(l).expect("JSON lines only")).collect();
    let names: Vec<&str> = events.iter().filter_map(|e| e["event"].as_str()).collect();
    assert_eq!(names, ["validationUrl", "validated", "saved"]);
    assert_eq!(events[0]["timeoutSecs"], 600, "camelCase, as every JSON ovhcart prints");
    assert_eq!(events[1]["account"], accounts::DEMO_ACCOUNT);
    assert_eq!(events[2]["section"], base.as_str());
    assert!(!done.stdout.contains(&ck) && !done.stderr.contains(&ck));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_creates_the_file_with_a_default_endpoint_and_shows_a_qr_code() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();

    let mut command = place.command(&["--endpoint", &base, "login", "--poll-interval", "1"]);
    with_demo_app(&mut command);
    let done = login_validating(command).await;
    assert_eq!(done.code(), Some(0), "stdout:\n{}\nstderr:\n{}", done.stdout, done.stderr);
    assert!(done.stdout.contains('█') || done.stdout.contains('▀'), "a QR code:\n{}", done.stdout);
    assert!(done.stdout.contains("acts for the account ab12345-ovh"), "{}", done.stdout);
    assert!(done.stdout.contains(&place.ovh_conf().display().to_string()), "{}", done.stdout);

    let doc = saved(&place.ovh_conf());
    assert_eq!(doc.get("default", "endpoint").as_deref(), Some(base.as_str()));
    assert!(doc.get(&base, "consumer_key").is_some());
    assert_eq!(mode(&place.ovh_conf()), 0o600);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_with_a_config_file_and_the_secret_on_stdin() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let file = place.path("work/custom.conf");
    let file_arg = file.display().to_string();

    let mut command = place.command(&[
        "--endpoint",
        &base,
        "--config",
        &file_arg,
        "login",
        "--json",
        "--application-key",
        accounts::APPLICATION_KEY,
        "--application-secret-stdin",
        "--poll-interval",
        "1",
    ]);
    command.stdin(Stdio::piped());
    let mut running = spawn(&mut command);
    running.write_stdin(&format!("{}\n", accounts::APPLICATION_SECRET));
    let (running, url) = tokio::task::spawn_blocking(move || {
        let url = running.wait_for(validation_url);
        (running, url)
    })
    .await
    .unwrap();
    open(&url).await;
    let done = tokio::task::spawn_blocking(move || running.finish()).await.unwrap();
    assert_eq!(done.code(), Some(0), "stderr:\n{}", done.stderr);
    let doc = saved(&file);
    assert_eq!(doc.get(&base, "application_secret").as_deref(), Some(accounts::APPLICATION_SECRET));
    assert!(!place.ovh_conf().exists(), "only the --config file is written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_follows_an_own_symlink_and_refuses_a_foreign_one() {
    let sandbox = start(SandboxOptions::default()).await;
    let base = sandbox.base_url();

    // A link of one's own (dotfiles managers do this): the target is updated.
    let place = Env::new();
    let target = place.path("work/real.conf");
    std::fs::write(&target, "[ovh-cli]\ndefault_cloud_project = p1\n").unwrap();
    std::os::unix::fs::symlink(&target, place.ovh_conf()).unwrap();
    let mut command = place.command(&["--endpoint", &base, "login", "--json", "--poll-interval", "1"]);
    with_demo_app(&mut command);
    let done = login_validating(command).await;
    assert_eq!(done.code(), Some(0), "stderr:\n{}", done.stderr);
    assert!(std::fs::symlink_metadata(place.ovh_conf()).unwrap().file_type().is_symlink(), "the link stays");
    assert!(saved(&target).get(&base, "consumer_key").is_some());
    assert_eq!(saved(&target).get("ovh-cli", "default_cloud_project").as_deref(), Some("p1"));

    // A link owned by someone else could send the keys anywhere: refused, nothing written.
    // Only root can give a link away, so this half needs it.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: skipping the foreign symlink half");
        return;
    }
    let place = Env::new();
    let elsewhere = place.path("work/elsewhere.conf");
    std::os::unix::fs::symlink(&elsewhere, place.ovh_conf()).unwrap();
    std::os::unix::fs::lchown(place.ovh_conf(), Some(65_534), Some(65_534)).unwrap();
    let mut command = place.command(&["--endpoint", &base, "login", "--json", "--poll-interval", "1"]);
    with_demo_app(&mut command);
    let done = login_validating(command).await;
    assert_eq!(done.code(), Some(1), "stderr:\n{}", done.stderr);
    assert!(done.stderr.contains("refusing to write") && done.stderr.contains("another user"), "{}", done.stderr);
    assert!(!elsewhere.exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_times_out_with_a_clear_message_and_saves_nothing() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let mut command =
        place.command(&["--endpoint", &base, "login", "--timeout", "2", "--poll-interval", "1", "--no-qr"]);
    with_demo_app(&mut command);
    let done = finish(command).await;
    assert_eq!(done.code(), Some(1), "stdout:\n{}\nstderr:\n{}", done.stdout, done.stderr);
    assert!(done.stderr.contains("not validated within 2 s"), "{}", done.stderr);
    assert!(done.stderr.contains("nothing was saved"), "{}", done.stderr);
    assert!(!place.ovh_conf().exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn login_without_keys_says_where_to_create_them() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let done = finish(place.command(&["--endpoint", &base, "login"])).await;
    assert_eq!(done.code(), Some(2), "stderr:\n{}", done.stderr);
    let create_app = format!("http://{}/createApp/", sandbox.addr());
    assert!(done.stderr.contains(&create_app), "{}", done.stderr);
    assert!(done.stderr.contains("OVH_APPLICATION_SECRET"), "{}", done.stderr);
    assert!(sandbox.requests().is_empty(), "nothing was asked of the API");
}

/// An application key the API does not know: the API's words, then what to do in the
/// person's language (`--lang`), never the English advice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_key_is_explained_in_the_persons_language() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    for (lang, advice) in [
        ("fr", "Vérifiez la clé d'application et la clé consommateur (ovhcart doctor)"),
        ("de", "Prüfen Sie den Application Key und den Consumer Key (ovhcart doctor)"),
    ] {
        let mut command = place.command(&["--lang", lang, "--endpoint", &base, "login", "--no-qr"]);
        command.env("OVH_APPLICATION_KEY", "notTheDemoKey").env("OVH_APPLICATION_SECRET", "whatever");
        let done = finish(command).await;
        assert_eq!(done.code(), Some(1), "stdout:\n{}\nstderr:\n{}", done.stdout, done.stderr);
        assert!(done.stderr.contains("Invalid application key"), "{}", done.stderr);
        assert!(done.stderr.contains(advice), "{lang}: {}", done.stderr);
        assert!(!done.stderr.contains("Check the application key"), "{}", done.stderr);
    }
    assert!(!place.ovh_conf().exists());
}

/// The module the wizard's onboarding screen calls: cancelling a wait returns at once.
#[tokio::test]
async fn waiting_can_be_cancelled_and_then_succeeds_once_validated() {
    use std::time::Duration;

    use ovhcart::api::client::Auth;
    use ovhcart::api::login::{self, LoginError};
    use ovhcart::api::{Client, Secret};

    let sandbox = start(SandboxOptions::default()).await;
    let anonymous = Client::new(
        &sandbox.base_url(),
        Auth::Anonymous { application_key: Some(accounts::APPLICATION_KEY.into()) },
        common::once(),
    )
    .unwrap();
    let pending = login::request_consumer_key(&anonymous, &rights::needed_rules()).await.unwrap();
    assert!(!format!("{pending:?}").contains(pending.consumer_key.expose()));
    let secret = Secret::new(accounts::APPLICATION_SECRET);
    let signed = login::signed_client(&anonymous, accounts::APPLICATION_KEY, &secret, &pending.consumer_key);

    let cancel = tokio::time::sleep(Duration::from_millis(300));
    let started = std::time::Instant::now();
    let result = login::wait_for_validation(&signed, Duration::from_secs(60), Duration::from_millis(100), cancel).await;
    assert!(matches!(result, Err(LoginError::Cancelled)), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(5));

    open(&pending.validation_url).await;
    let never = std::future::pending::<()>();
    let credential =
        login::wait_for_validation(&signed, Duration::from_secs(10), Duration::from_millis(100), never).await.unwrap();
    assert_eq!(credential.status, "validated");
    assert_eq!(credential.rules, rights::needed_rules());
    assert_eq!(login::verify(&signed).await.unwrap().nichandle, accounts::DEMO_ACCOUNT);
}
