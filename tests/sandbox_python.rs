//! The official python-ovh client runs the seed's flow against the sandbox, unchanged,
//! and sees a wrong application secret refused. Fails (does not skip) without python3;
//! installs python-ovh 1.2.0 into target/python-ovh when it cannot be imported.

use std::path::PathBuf;
use std::process::{Command, Output};

use ovhcart::sandbox::{Outcome, Sandbox, SandboxOptions};

fn python_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target").join("python-ovh")
}

fn python(args: &[&str], envs: &[(&str, String)]) -> Output {
    let mut command = Command::new("python3");
    command.args(args).env("PYTHONPATH", python_path());
    for (k, v) in envs {
        command.env(k, v);
    }
    command.output().unwrap_or_else(|e| panic!("python3 is required for this test and could not run: {e}"))
}

fn ensure_python_ovh() {
    if python(&["-c", "import ovh"], &[]).status.success() {
        return;
    }
    let target = python_path();
    let install =
        python(&["-m", "pip", "install", "--quiet", "--target", &target.to_string_lossy(), "ovh==1.2.0"], &[]);
    assert!(install.status.success(), "pip install ovh==1.2.0 failed: {}", String::from_utf8_lossy(&install.stderr));
    let check = python(&["-c", "import ovh"], &[]);
    assert!(check.status.success(), "python-ovh still not importable: {}", String::from_utf8_lossy(&check.stderr));
}

fn exports(sandbox: &Sandbox) -> Vec<(&'static str, String)> {
    let c = sandbox.credentials();
    vec![
        ("OVH_ENDPOINT", sandbox.base_url()),
        ("OVH_APPLICATION_KEY", c.application_key.clone()),
        ("OVH_APPLICATION_SECRET", c.application_secret.expose().to_owned()),
        ("OVH_CONSUMER_KEY", c.consumer_key.expose().to_owned()),
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_ovh_runs_the_seed_flow() {
    tokio::task::spawn_blocking(ensure_python_ovh).await.unwrap();
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/seed_flow.py");
    let script = script.to_string_lossy().into_owned();
    let envs = exports(&sandbox);

    let (s, e) = (script.clone(), envs.clone());
    let out = tokio::task::spawn_blocking(move || python(&[&s, "flow"], &e)).await.unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "flow failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    let order_id: i64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("ORDER_ID="))
        .and_then(|id| id.trim().parse().ok())
        .unwrap_or_else(|| panic!("no order id in {stdout}"));
    assert!(order_id > 100_000_000);

    // The sandbox saw the seed's calls, in order, signed, with python-ovh's exact bodies.
    let calls: Vec<(String, String, Outcome)> = sandbox
        .requests()
        .into_iter()
        .map(|r| {
            let path = r
                .path
                .split('/')
                .map(|s| if s.contains('-') || s.parse::<i64>().is_ok() { "{}" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            (r.method, path, r.outcome)
        })
        .collect();
    let expected = [
        ("GET", "/auth/time"),
        ("POST", "/order/cart"),
        ("POST", "/order/cart/{}/assign"),
        ("GET", "/order/cart/{}/cloud"),
        ("POST", "/order/cart/{}/cloud"),
        ("GET", "/order/cart/{}/item/{}/requiredConfiguration"),
        ("POST", "/order/cart/{}/item/{}/configuration"),
        ("GET", "/order/cart/{}/checkout"),
        ("POST", "/order/cart/{}/checkout"),
    ];
    assert_eq!(calls.len(), expected.len(), "{calls:?}");
    for ((method, path, outcome), (m, p)) in calls.iter().zip(expected) {
        assert_eq!((method.as_str(), path.as_str(), *outcome), (m, p, Outcome::Answered(200)));
    }
    let requests = sandbox.requests();
    assert!(requests[1..].iter().all(|r| r.signed));
    assert_eq!(requests[1].body_text(), r#"{"ovhSubsidiary":"FR"}"#);
    assert_eq!(requests[6].body_text(), r#"{"label":"description","value":"Projet d\u00e9mo python-ovh"}"#);
    assert_eq!(
        requests[8].body_text(),
        r#"{"autoPayWithPreferredPaymentMethod":false,"waiveRetractationPeriod":true}"#
    );

    let out = tokio::task::spawn_blocking(move || python(&[&script, "wrong-secret"], &envs)).await.unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "wrong-secret run failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("REFUSED: Invalid signature"), "{stdout}");
    sandbox.shutdown().await;
}
