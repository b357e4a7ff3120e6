//! `ovhcart order status ORDER_ID [--follow]` against a sandbox.

mod common;

use std::time::Duration;

use common::cli::{Env, code, json, run, stderr, stdout};
use ovhcart::sandbox::{Sandbox, SandboxOptions};

async fn place(env: &Env, sandbox: &Sandbox) -> i64 {
    let output = run(env.order(sandbox, &["--name", "Followed"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    json(&output)["orderId"].as_i64().unwrap()
}

fn delivery(ms: u64) -> SandboxOptions {
    SandboxOptions { delivery: Duration::from_millis(ms), ..SandboxOptions::default() }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_of_a_pending_then_delivered_order() {
    let sandbox = common::start(delivery(1_500)).await;
    let env = Env::new();
    let order_id = place(&env, &sandbox).await;

    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "status", &order_id.to_string(), "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["orderId"], order_id);
    assert_ne!(doc["status"], "delivered");
    assert!(doc["projectId"].is_null());
    assert!(!doc["steps"].as_array().unwrap().is_empty());

    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "status", &order_id.to_string(), "--follow", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["status"], "delivered");
    let project = doc["projectId"].as_str().unwrap();
    assert!(ovhcart::api::models::is_project_id(project));

    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "status", &order_id.to_string()]);
    let output = run(cmd).await;
    let text = stdout(&output);
    assert!(text.contains(&format!("Order {order_id}: delivered")) && text.contains(project), "{text}");
    assert!(text.contains("Validating: done"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_gives_up_after_the_timeout_and_says_how_to_resume() {
    let sandbox = common::start(delivery(600_000)).await;
    let env = Env::new();
    let order_id = place(&env, &sandbox).await;
    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "status", &order_id.to_string(), "--follow", "--follow-timeout", "1", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["error"]["kind"], "timeout");
    assert_eq!(doc["orderId"], order_id);
    assert!(doc["error"]["message"].as_str().unwrap().contains(&format!("ovhcart order status {order_id} --follow")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_and_malformed_order_ids() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.args(["order", "status", "999999", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    assert!(json(&output)["error"]["message"].as_str().unwrap().contains("no order 999999"));

    sandbox.clear_requests();
    for id in ["abc", "-4", "0", ""] {
        let mut cmd = env.against(&sandbox);
        cmd.args(["order", "status", id]);
        let output = run(cmd).await;
        assert_eq!(code(&output), 2, "{id}: {}", stderr(&output));
        assert!(stderr(&output).contains("is not an order id"), "{}", stderr(&output));
    }
    assert!(sandbox.requests().is_empty());
}

#[test]
fn status_and_order_flags_do_not_mix() {
    let env = Env::new();
    let output = env.cmd().args(["--sandbox", "order", "--name", "x", "status", "1"]).output().unwrap();
    assert_eq!(code(&output), 2);
    let output = env.cmd().args(["--sandbox", "order", "status"]).output().unwrap();
    assert_eq!(code(&output), 2);
}

#[test]
fn follow_in_one_sandbox_run() {
    let env = Env::new();
    let output = env
        .cmd()
        .args([
            "--sandbox",
            "--delivery-ms",
            "300",
            "order",
            "--name",
            "Quick",
            "--waive-retraction",
            "--accept-contracts",
            "--yes",
        ])
        .arg("--follow")
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("Project delivered: "), "{}", stdout(&output));
    assert!(stderr(&output).contains("Status: delivered"), "{}", stderr(&output));
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_following_leaves_the_order_and_exits_130() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let env = Env::new();
    let mut cmd = env.std_cmd();
    cmd.args([
        "--sandbox",
        "--delivery-ms",
        "600000",
        "order",
        "--name",
        "Stopped",
        "--waive-retraction",
        "--accept-contracts",
    ])
    .args(["--yes", "--follow", "--json"])
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut stderr_lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let mut seen = Vec::new();
    for line in stderr_lines.by_ref() {
        let line = line.unwrap();
        let following = line.starts_with("Status:");
        seen.push(line);
        if following {
            break;
        }
    }
    assert!(seen.iter().any(|l| l.starts_with("Status:")), "{seen:?}");
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    let rest: Vec<String> = stderr_lines.map_while(Result::ok).collect();
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130), "{rest:?}");
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["error"]["kind"], "interrupted");
    let order_id = doc["orderId"].as_i64().unwrap();
    // The embedded sandbox, and the order in it, end with the command: no `ovhcart order
    // status` for an order nobody can look up any more.
    let said = rest.join("\n");
    assert!(said.contains("embedded sandbox") && !said.contains(&format!("order status {order_id}")), "{rest:?}");
}

/// The embedded sandbox ends with the process: what it says of a held or unfinished order
/// never sends the person to `ovhcart order status`, which could not find it.
#[test]
fn an_embedded_sandbox_order_held_or_still_delivering_names_no_later_command() {
    let env = Env::new();
    let base = ["order", "--name", "Held", "--waive-retraction", "--accept-contracts", "--yes", "--follow"];
    let held = env.cmd().args(["--sandbox", "--situation", "documents-requested"]).args(base).output().unwrap();
    assert_eq!(code(&held), 4, "held: {}", stderr(&held));
    let slow = env.cmd().args(["--sandbox", "--delivery-ms", "600000"]).args(base).arg("--follow-timeout=1").output();
    let slow = slow.unwrap();
    assert_ne!(code(&slow), 0, "{}", stderr(&slow));
    for (what, output) in [("held", &held), ("timed out", &slow)] {
        let text = format!("{}{}", stdout(output), stderr(output));
        assert!(!text.contains("ovhcart order status"), "{what}: {text}");
        assert!(text.contains("embedded sandbox, which ends with ovhcart"), "{what}: {text}");
    }
}
