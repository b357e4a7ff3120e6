//! `ovhcart carts`, `cart show`, `cart delete` against a sandbox.

mod common;

use common::cli::{Env, code, json, run, stderr, stdout};
use common::count;
use ovhcart::sandbox::SandboxOptions;

/// Leaves a cart with a configured project on the account (a dry run that keeps it).
async fn kept_cart(env: &Env, sandbox: &ovhcart::sandbox::Sandbox, name: &str) -> String {
    let mut cmd = env.against(sandbox);
    cmd.args(["order", "--name", name, "--voucher", "WELCOME50", "--dry-run", "--keep-cart", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    json(&output)["cartId"].as_str().unwrap().to_owned()
}

#[test]
fn no_carts_in_a_fresh_sandbox() {
    let env = Env::new();
    let output = env.cmd().args(["--sandbox", "carts", "--json"]).output().unwrap();
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(json(&output), serde_json::json!({ "carts": [] }));
    let output = env.cmd().args(["--sandbox", "carts"]).output().unwrap();
    assert_eq!(code(&output), 0);
    assert!(stdout(&output).contains("No carts"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lists_and_shows_carts_with_items_configurations_and_quote() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let cart_id = kept_cart(&env, &sandbox, "Listed").await;
    // A cart someone else made: no ovhcart description, empty.
    let foreign = common::cart_with_project(&common::demo(&sandbox), "FR").await.0.cart_id;

    let mut cmd = env.against(&sandbox);
    cmd.args(["carts", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let carts = json(&output)["carts"].as_array().unwrap().clone();
    assert_eq!(carts.len(), 2);
    let mine = carts.iter().find(|c| c["cartId"] == cart_id.as_str()).unwrap();
    assert_eq!((mine["ovhcart"].as_bool(), mine["items"].as_u64()), (Some(true), Some(1)));
    assert_eq!(mine["readOnly"], false);
    assert!(mine["expire"].is_string());
    let theirs = carts.iter().find(|c| c["cartId"] == foreign.as_str()).unwrap();
    assert_eq!(theirs["ovhcart"], false);

    let mut cmd = env.against(&sandbox);
    cmd.arg("carts");
    let output = run(cmd).await;
    let text = stdout(&output);
    assert!(text.contains(&cart_id) && text.contains("made by ovhcart") && text.contains("1 item"), "{text}");

    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "show", &cart_id, "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["cart"]["cartId"], cart_id.as_str());
    let item = &doc["items"][0];
    assert_eq!(item["planCode"], "project.2018");
    assert_eq!(item["duration"], "P1M");
    let configs = item["configurations"].as_array().unwrap();
    let labels: Vec<(&str, &str)> =
        configs.iter().map(|c| (c["label"].as_str().unwrap(), c["value"].as_str().unwrap())).collect();
    assert!(labels.contains(&("description", "Listed")) && labels.contains(&("voucher", "WELCOME50")), "{labels:?}");
    assert!(doc["quote"]["withTax"]["text"].is_string());
    assert!(doc["quoteError"].is_null());

    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "show", &cart_id]);
    let output = run(cmd).await;
    let text = stdout(&output);
    assert!(text.contains("description = Listed") && text.contains("Total with tax"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_ordered_cart_is_read_only_and_shown_without_a_quote() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--name", "Done"])).await;
    let cart_id = json(&output)["cartId"].as_str().unwrap().to_owned();
    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "show", &cart_id, "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["cart"]["readOnly"], true);
    assert!(doc["quote"].is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quote_error_is_shown_not_fatal() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let client = common::demo(&sandbox);
    let (cart, item) = common::cart_with_project(&client, "FR").await;
    // A voucher that does not exist: the quote refuses the cart.
    common::configure(&client, &cart, &item, "voucher", "NOTAVOUCHER").await.unwrap();
    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "show", &cart.cart_id, "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert!(doc["quote"].is_null());
    assert!(doc["quoteError"].as_str().unwrap().contains("VOUCHER_INVALID"), "{doc}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_asks_refuses_without_a_terminal_and_deletes_with_yes() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let client = common::demo(&sandbox);
    let cart_id = kept_cart(&env, &sandbox, "Doomed").await;
    sandbox.clear_requests();

    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "delete", &cart_id]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 3);
    assert!(stderr(&output).contains("--yes"));
    assert!(sandbox.requests().is_empty(), "refused before any request");

    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "delete", &cart_id, "--yes", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert_eq!(json(&output), serde_json::json!({ "cartId": cart_id, "deleted": true }));
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1);
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert!(carts.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_or_malformed_cart_ids_are_bad_input() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let unknown = "00000000-0000-4000-8000-000000000000";
    for args in [vec!["cart", "show", unknown], vec!["cart", "delete", unknown, "--yes"]] {
        let mut cmd = env.against(&sandbox);
        cmd.args(&args).arg("--json");
        let output = run(cmd).await;
        assert_eq!(code(&output), 2, "{args:?}: {}", stderr(&output));
        let doc = json(&output);
        let message = doc["error"]["message"].as_str().unwrap();
        assert!(message.contains(&format!("no cart {unknown}")), "{message}");
        assert!(doc["error"]["hint"].as_str().unwrap().contains("ovhcart carts"));
        assert_eq!(stderr(&output).lines().filter(|l| l.starts_with("ovhcart:")).count(), 1);
    }
    sandbox.clear_requests();
    for args in [vec!["cart", "show", ""], vec!["cart", "delete", "a b", "--yes"]] {
        let mut cmd = env.against(&sandbox);
        cmd.args(&args);
        let output = run(cmd).await;
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(stderr(&output).contains("is not a cart id"), "{}", stderr(&output));
    }
    assert!(sandbox.requests().is_empty());
}

/// Error lines say what to do in the person's language (`--lang`), for an API error and for
/// a configuration problem, on stderr and in the `--json` document's `hint`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_advise_in_the_persons_language() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.env("OVH_CONSUMER_KEY", "unknownConsumerKeyunknownConsume").args(["--lang", "fr", "carts"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 1, "{}", stderr(&output));
    let line = stderr(&output);
    assert!(line.contains("Vérifiez la clé d'application et la clé consommateur"), "{line}");
    assert!(!line.contains("Check the application key"), "{line}");

    let mut cmd = env.cmd();
    cmd.args(["--endpoint", &sandbox.base_url(), "--lang", "de", "carts", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let error = &json(&output)["error"];
    assert_eq!(error["kind"], "usage");
    assert_eq!(error["hint"], "Führen Sie ovhcart login aus, um Zugangsdaten zu erstellen.");
    assert!(stderr(&output).contains("Führen Sie ovhcart login aus"), "{}", stderr(&output));
}
