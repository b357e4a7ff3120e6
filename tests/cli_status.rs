//! `ovhcart order status ORDER_ID [--follow]` against a sandbox.

#[path = "common/cli.rs"]
mod cli;
mod common;

use std::time::Duration;

use cli::{Env, code, json, run, stderr, stdout};
use ovhcart::sandbox::{Sandbox, SandboxOptions};

async fn place(env: &Env, sandbox: &Sandbox) -> i64 {
    let mut cmd = env.against(sandbox);
    cmd.args(["order", "--name", "Followed", "--waive-retraction", "--yes", "--json"]);
    let output = run(cmd).await;
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
        .args(["--sandbox", "--delivery-ms", "300", "order", "--name", "Quick", "--waive-retraction", "--yes"])
        .arg("--follow")
        .output()
        .unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(stdout(&output).contains("Project delivered: "), "{}", stdout(&output));
    assert!(stderr(&output).contains("Status: delivered"), "{}", stderr(&output));
}
