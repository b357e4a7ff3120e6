//! The application secret, consumer keys, OAuth2 client secret and tokens never reach the
//! screen, `--json` output or the log, even at `-vv`: a full run of `login` and `doctor`
//! (success and failure paths, signed and OAuth2) is captured and searched for each value.

mod common;

use common::cli::*;
use common::start;
use ovhcart::api::config::Document;
use ovhcart::sandbox::{SandboxOptions, accounts};

const WRONG_SECRET: &str = "aWrongApplicationSecretValue9876";
const WRONG_CLIENT_SECRET: &str = "aWrongClientSecretValue123456789";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_in_any_output_or_log() {
    let sandbox = start(SandboxOptions::default()).await;
    let place = Env::new();
    let base = sandbox.base_url();
    let log = place.path("ovhcart.log");
    let log_arg = log.display().to_string();
    let verbose = |args: &[&str]| {
        let mut all = vec!["-vv", "--log-file", &log_arg, "--endpoint", &base];
        all.extend_from_slice(args);
        place.command(&all)
    };
    let mut outputs: Vec<(String, Finished)> = Vec::new();

    // Login, text and JSON, each validated by opening the URL.
    for json in [false, true] {
        let mut command = verbose(&["login", "--poll-interval", "1"]);
        if json {
            command.arg("--json");
        }
        with_demo_app(&mut command);
        let done = login_validating(command).await;
        assert_eq!(done.code(), Some(0), "{}", done.stderr);
        outputs.push((format!("login json={json}"), done));
    }
    let saved = Document::parse(&std::fs::read_to_string(place.ovh_conf()).unwrap()).unwrap();
    let consumer_key = saved.get(&base, "consumer_key").expect("saved consumer key");

    // A login that times out.
    let mut command = verbose(&["login", "--timeout", "1", "--poll-interval", "1", "--no-qr"]);
    with_demo_app(&mut command);
    outputs.push(("login timeout".into(), finish(command).await));

    // Doctor with the saved file, text and JSON.
    for args in [&["doctor"][..], &["doctor", "--json"][..]] {
        let done = finish(verbose(args)).await;
        assert_eq!(done.code(), Some(0), "{}\n{}", done.stdout, done.stderr);
        outputs.push((format!("{args:?}"), done));
    }

    // Doctor with a wrong application secret (an error path), and with the demo key.
    let mut command = verbose(&["doctor", "--json"]);
    command
        .env("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY)
        .env("OVH_APPLICATION_SECRET", WRONG_SECRET)
        .env("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY);
    outputs.push(("doctor wrong secret".into(), finish(command).await));

    // OAuth2: a good service account, then a wrong client secret.
    for (secret, code) in [(accounts::CLIENT_SECRET, 0), (WRONG_CLIENT_SECRET, 1)] {
        for args in [&["doctor"][..], &["doctor", "--json"][..]] {
            let mut command = verbose(args);
            command
                .env("OVH_CLIENT_ID", accounts::CLIENT_ID)
                .env("OVH_CLIENT_SECRET", secret)
                // The saved keys would clash with OAuth2: read another (empty) home.
                .env("HOME", place.path("work"));
            let done = finish(command).await;
            assert_eq!(done.code(), Some(code), "{}\n{}", done.stdout, done.stderr);
            outputs.push((format!("oauth2 {args:?}"), done));
        }
    }

    let tokens = sandbox.issued_tokens();
    assert!(!tokens.is_empty(), "the OAuth2 runs got tokens");
    let log_text = std::fs::read_to_string(&log).expect("a log was written");
    assert!(log_text.contains("api call") && log_text.contains("DEBUG"), "a verbose log:\n{log_text}");

    let mut secrets: Vec<(&str, String)> = vec![
        ("application secret", accounts::APPLICATION_SECRET.into()),
        ("new consumer key", consumer_key),
        ("demo consumer key", accounts::CONSUMER_KEY.into()),
        ("client secret", accounts::CLIENT_SECRET.into()),
        ("wrong secret", WRONG_SECRET.into()),
        ("wrong client secret", WRONG_CLIENT_SECRET.into()),
    ];
    secrets.extend(tokens.into_iter().map(|t| ("access token", t)));
    for (what, value) in &secrets {
        assert!(!log_text.contains(value.as_str()), "{what} in the log");
        for (run, done) in &outputs {
            assert!(!done.stdout.contains(value.as_str()), "{what} on stdout of {run}:\n{}", done.stdout);
            assert!(!done.stderr.contains(value.as_str()), "{what} on stderr of {run}:\n{}", done.stderr);
        }
    }
}
