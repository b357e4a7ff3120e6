//! `ovhcart order --hds`: the HDS certification option added to the project item, in the
//! quote, the report and the receipt; refused (the cart deleted, nothing ordered) where the
//! plan is not sold with it.

mod common;

use common::cli::{Env, code, json, run, stderr};
use common::count;
use ovhcart::sandbox::SandboxOptions;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_option_is_added_with_its_renew_price_and_recorded() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--subsidiary", "FR", "--name", "Santé", "--hds"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc = json(&output);
    assert_eq!(doc["options"], serde_json::json!(["certification.hds.2018"]));
    assert_eq!(doc["planCode"], "project.2018");
    let lines = doc["quote"]["lines"].as_array().unwrap();
    assert!(lines.iter().any(|l| l["description"].as_str().unwrap().contains("HDS")), "{doc}");
    assert_ne!(doc["prices"]["withTax"]["value"], 0.0, "the option is priced: {doc}");

    let added: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/cloud/options"))
        .map(|r| serde_json::from_str::<serde_json::Value>(&r.body_text()).unwrap())
        .collect();
    assert_eq!(added.len(), 1, "{added:?}");
    assert_eq!(added[0]["planCode"], "certification.hds.2018");
    assert_eq!((added[0]["duration"].as_str(), added[0]["pricingMode"].as_str()), (Some("P1M"), Some("default")));
    assert_eq!(added[0]["quantity"], 1);
    assert_eq!(count(&sandbox, "GET", "/order/cart/*/cloud/options"), 1);
    // A priced order is the person's to pay: nothing pays it for them.
    assert_eq!(count(&sandbox, "POST", "/me/order/*/payWithRegisteredPaymentMean"), 0);

    let receipt: serde_json::Value =
        serde_json::from_slice(&std::fs::read(doc["receipt"].as_str().unwrap()).unwrap()).unwrap();
    assert_eq!(receipt["options"], serde_json::json!(["certification.hds.2018"]));
    assert_eq!(receipt["plan_code"], "project.2018");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_hds_nothing_is_asked_about_options() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--subsidiary", "FR", "--name", "Plain"])).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(json(&output).get("options").is_none());
    assert_eq!(count(&sandbox, "GET", "/order/cart/*/cloud/options"), 0, "no extra call");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_plan_not_sold_with_it_is_refused_and_its_cart_deleted() {
    let sandbox = common::start(SandboxOptions::default()).await;
    let env = Env::new();
    let output = run(env.order(&sandbox, &["--subsidiary", "GB", "--name", "Nope", "--hds"])).await;
    assert_eq!(code(&output), 2, "{}", stderr(&output));
    let doc = json(&output);
    let message = doc["error"]["message"].as_str().unwrap_or_default().to_owned() + &doc.to_string();
    assert!(message.contains("HDS certification is not sold"), "{doc}");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 0, "nothing ordered");
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1, "the cart made for it is deleted");
}
