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
        ("OVH_APPLICATION_SECRET", c.application_secret.clone()),
        ("OVH_CONSUMER_KEY", c.consumer_key.clone()),
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

/// python-ovh adds the HDS certification option to the project item and removes it; the
/// sandbox refuses it on an item that is not a project item.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn python_ovh_adds_and_removes_the_hds_option() {
    tokio::task::spawn_blocking(ensure_python_ovh).await.unwrap();
    let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/seed_flow.py");
    let (script, envs) = (script.to_string_lossy().into_owned(), exports(&sandbox));
    let out = tokio::task::spawn_blocking(move || python(&[&script, "hds"], &envs)).await.unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "hds failed:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.lines().any(|l| l.starts_with("HDS_ITEM=")), "{stdout}");
    let posted: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/cloud/options"))
        .map(|r| r.outcome)
        .collect();
    assert_eq!(posted, [Outcome::Answered(200), Outcome::Answered(400)]);
    sandbox.shutdown().await;
}

/// The same flow against the `ovhcart sandbox` command, configured only by the `export`
/// lines it prints, as a script would `eval` them.
#[test]
fn python_ovh_runs_the_seed_flow_against_the_sandbox_command() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    ensure_python_ovh();
    let mut server = Command::new(env!("CARGO_BIN_EXE_ovhcart"))
        .args(["sandbox", "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("ovhcart sandbox starts");
    let stdout = server.stdout.take().unwrap();
    let mut envs = Vec::new();
    for line in BufReader::new(stdout).lines().map_while(Result::ok) {
        // `export NAME='value'`; the OAuth2 line is a comment.
        if let Some((name, value)) = line.strip_prefix("export ").and_then(|l| l.split_once('=')) {
            envs.push((name.to_owned(), value.trim_matches('\'').to_owned()));
        }
        if envs.len() == 4 {
            break;
        }
    }
    let names: Vec<&str> = envs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["OVH_ENDPOINT", "OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY"]);
    let envs: Vec<(&str, String)> = envs.iter().map(|(n, v)| (n.as_str(), v.clone())).collect();
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/seed_flow.py");
    let out = python(&[&script.to_string_lossy(), "flow"], &envs);
    let _ = server.kill();
    let _ = server.wait();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "flow failed:\n{text}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        text.lines().any(|l| l.strip_prefix("ORDER_ID=").is_some_and(|id| id.trim().parse::<i64>().is_ok())),
        "{text}"
    );
}
