//! What real first-time accounts meet (docs/api-notes.md), reproduced by the sandbox's
//! situations and met by `ovhcart order`: eligibility actions before anything is ordered,
//! a voucher that needs a payment method, `VOUCHER_*` refusals explained, orders held or
//! refused by OVHcloud, and the US API.

mod common;

use std::time::Duration;

use common::cli::{self, Env, code, json, run};
use common::count;
use ovhcart::sandbox::{Sandbox, SandboxOptions, Situation};

async fn sandbox(situation: Situation) -> Sandbox {
    let options = SandboxOptions { situation, delivery: Duration::from_millis(300), ..SandboxOptions::default() };
    Sandbox::start(options).await.unwrap()
}

/// `ovhcart order` for `subsidiary` with these extra flags, `--json`.
fn order(env: &Env, sandbox: &Sandbox, subsidiary: &str, extra: &[&str]) -> assert_cmd::Command {
    env.order(sandbox, &[&["--subsidiary", subsidiary, "--name", "First project"], extra].concat())
}

fn open_carts(sandbox: &Sandbox) -> usize {
    count(sandbox, "POST", "/order/cart") - count(sandbox, "DELETE", "/order/cart/*")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_that_must_act_first_is_told_what_and_where_and_nothing_is_ordered() {
    for (situation, action) in [
        (Situation::ChallengePaymentMethod, "challengePaymentMethod"),
        (Situation::VerifyPaypal, "verifyPaypal"),
        (Situation::ProjectsQuota, "askIncreaseProjectsQuota"),
        (Situation::AddPaymentMethod, "addPaymentMethod"),
    ] {
        let sandbox = sandbox(situation).await;
        let env = Env::new();
        let output = run(order(&env, &sandbox, "FR", &[])).await;
        let doc = json(&output);
        assert_eq!(code(&output), 3, "{situation:?}: {doc}");
        assert_eq!(doc["error"]["kind"], "eligibility");
        assert_eq!(doc["actions"], serde_json::json!([action]));
        let message = doc["error"]["message"].as_str().unwrap();
        assert!(message.contains("https://www.ovh.com/manager/"), "{message}");
        assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 0, "{situation:?}: no checkout sent");
        assert_eq!(open_carts(&sandbox), 0, "{situation:?}: the cart made for it is deleted");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_explanation_is_in_the_persons_language() {
    let sandbox = sandbox(Situation::ChallengePaymentMethod).await;
    let env = Env::new();
    let output = run(order(&env, &sandbox, "FR", &["--lang", "fr"])).await;
    let message = json(&output)["error"]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("Confirmez votre moyen de paiement"), "{message}");
    assert!(message.contains("Un premier crédit d'au moins"), "the minimum credit is shown: {message}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_checkout_refused_for_eligibility_gives_the_same_explanation() {
    // Ordered for the US subsidiary through a custom URL, no eligibility is read first (the
    // US API has none): the checkout's "Found eligibility issues" is what tells.
    let sandbox = sandbox(Situation::ChallengePaymentMethod).await;
    let env = Env::new();
    let output = run(order(&env, &sandbox, "US", &[])).await;
    let doc = json(&output);
    assert_eq!(code(&output), 3, "{doc}");
    assert_eq!(doc["error"]["kind"], "eligibility");
    assert_eq!(doc["actions"], serde_json::json!(["challengePaymentMethod"]));
    assert!(doc["error"]["queryId"].is_string(), "the API's query id is kept: {doc}");
    assert_eq!(count(&sandbox, "GET", "/cloud/eligibility"), 0);
    assert_eq!(count(&sandbox, "GET", "/me/order"), 1, "the guard only: no order exists");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voucher_that_needs_a_missing_payment_method_is_refused_at_once() {
    let sandbox = sandbox(Situation::AddPaymentMethod).await;
    let env = Env::new();
    let output = run(order(&env, &sandbox, "FR", &["--voucher", "cloud200"])).await;
    let doc = json(&output);
    assert_eq!(code(&output), 2, "{doc}");
    let message = doc["error"]["message"].as_str().unwrap();
    assert!(message.contains("CLOUD200") && message.contains("needs a valid payment method"), "{message}");
    assert_eq!(count(&sandbox, "GET", "/order/cart/*/checkout"), 0, "refused before any quote");
    assert_eq!(open_carts(&sandbox), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn voucher_refusals_are_explained_from_their_code() {
    let sandbox = sandbox(Situation::Ready).await;
    let env = Env::new();
    let output = run(order(&env, &sandbox, "FR", &["--voucher", "expired2020"])).await;
    let doc = json(&output);
    assert_eq!(code(&output), 2, "{doc}");
    assert!(doc["error"]["message"].as_str().unwrap().contains("VOUCHER_EXPIRED"), "the server's message is kept");
    assert!(doc["error"]["hint"].as_str().unwrap().starts_with("This voucher has expired."), "{doc}");
    assert!(doc["error"]["queryId"].is_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn orders_held_by_ovhcloud_end_with_exit_4_and_what_holds_them() {
    for (situation, held) in
        [(Situation::FraudReview, "fraudReview"), (Situation::DocumentsRequested, "documentsRequested")]
    {
        let sandbox = sandbox(situation).await;
        let env = Env::new();
        let output = run(order(&env, &sandbox, "FR", &["--follow"])).await;
        let doc = json(&output);
        assert_eq!(code(&output), 4, "{situation:?}: {doc}");
        assert_eq!(doc["held"], held);
        assert!(doc["orderId"].is_i64(), "the order exists: {doc}");
        assert!(doc["error"]["message"].as_str().unwrap().contains("ovhcart order status"), "{doc}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewed_order_is_delivered_after_the_review() {
    let sandbox = sandbox(Situation::FraudReview).await;
    let env = Env::new();
    let placed = json(&run(order(&env, &sandbox, "FR", &["--follow"])).await);
    let id = placed["orderId"].as_i64().unwrap().to_string();
    let mut status = env.against(&sandbox);
    status.args(["order", "status", &id, "--follow", "--json"]);
    // Held again while the review lasts, then delivered once it is over.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let output = run(status).await;
    let doc = json(&output);
    assert_eq!(code(&output), 0, "{doc}");
    assert!(ovhcart::api::models::is_project_id(doc["projectId"].as_str().unwrap()), "{doc}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_order_is_said_refused() {
    let sandbox = sandbox(Situation::FraudRefused).await;
    let env = Env::new();
    let output = run(order(&env, &sandbox, "FR", &["--follow"])).await;
    let doc = json(&output);
    assert_eq!(code(&output), 1, "{doc}");
    assert_eq!(doc["error"]["kind"], "orderRefused");
    assert!(doc["error"]["message"].as_str().unwrap().contains("(error 906)"), "the API's words are kept: {doc}");
    assert!(doc["orderId"].is_i64());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_us_api_orders_plan_project_and_finds_the_project_in_the_operations() {
    for subsidiary in [&["--subsidiary", "US"][..], &[]] {
        let sandbox = sandbox(Situation::Us).await;
        let env = Env::new();
        let args = [&["--name", "US project", "--voucher", "WELCOME50", "--follow"], subsidiary].concat();
        let output = run(env.order(&sandbox, &args)).await;
        let doc = json(&output);
        assert_eq!(code(&output), 0, "{subsidiary:?}: {doc}");
        assert_eq!((doc["subsidiary"].as_str(), doc["planCode"].as_str()), (Some("US"), Some("project")));
        assert!(ovhcart::api::models::is_project_id(doc["projectId"].as_str().unwrap()), "{doc}");
        assert!(count(&sandbox, "GET", "/me/order/*/details/*/operations/*") >= 1, "found in the operations");
        // The voucher was checked by the quote, since no eligibility route exists there.
        assert!(count(&sandbox, "GET", "/order/cart/*/checkout") >= 1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_us_api_refuses_a_bad_voucher_through_the_quote() {
    let sandbox = sandbox(Situation::Us).await;
    let env = Env::new();
    let output = run(order(&env, &sandbox, "US", &["--voucher", "NOTAVOUCHER"])).await;
    let doc = json(&output);
    assert_eq!(code(&output), 2, "{doc}");
    assert!(doc["error"]["hint"].as_str().unwrap().starts_with("This voucher code does not exist"), "{doc}");
    assert_eq!(count(&sandbox, "GET", "/cloud/eligibility"), 0);
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 0);
    assert_eq!(open_carts(&sandbox), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_says_what_the_account_must_do_before_the_name_and_does_not_order() {
    let sandbox = sandbox(Situation::ChallengePaymentMethod).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    // Subsidiary, plan, no HDS option, name, voucher: then the review refuses.
    cmd.args(["--plain", "--lang", "en", "--subsidiary", "FR"]).write_stdin("\n1\n\nBuild farm\n\n");
    let output = run(cmd).await;
    let out = cli::stdout(&output);
    assert_eq!(code(&output), 3, "{out}\n{}", cli::stderr(&output));
    let told = out.find("Confirm your payment method").unwrap_or_else(|| panic!("{out}"));
    assert!(told < out.find("Step 4 of 6").unwrap(), "said before the voucher, on the name step:\n{out}");
    assert!(out.contains("nothing can be ordered until then"), "{out}");
    assert!(out.contains("A first credit of at least 1.00 €"), "the minimum credit: {out}");
    assert!(out.contains("Payment methods accepted: Credit card, PayPal, SEPA direct debit"), "{out}");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_headless_wizard_is_blocked_and_orders_nothing() {
    let sandbox = sandbox(Situation::ChallengePaymentMethod).await;
    let data = tempfile::tempdir().unwrap();
    let mut wizard = common::driven::Wizard::new(&sandbox, data.path());
    let outcome = wizard.order("").await;
    assert_eq!(outcome, Err("refused: the account must act first".into()));
    assert_eq!(wizard.state.step, ovhcart::app::Step::Review);
    assert_eq!(wizard.state.review.refusal, Some(ovhcart::app::screens::OrderRefusal::AccountMustAct));
    assert!(wizard.state.eligibility_block().is_some());
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_headless_wizard_stops_on_a_held_order() {
    let sandbox = sandbox(Situation::DocumentsRequested).await;
    let data = tempfile::tempdir().unwrap();
    let mut wizard = common::driven::Wizard::new(&sandbox, data.path());
    let _ = tokio::time::timeout(Duration::from_secs(10), wizard.order("")).await;
    let ovhcart::app::OrderState::Placed(placed) = &wizard.state.order else { panic!("{:?}", wizard.state.order) };
    assert!(
        matches!(
            placed.stopped,
            Some(ovhcart::app::state::Stopped::Held { held: ovhcart::api::models::Held::DocumentsRequested, .. })
        ),
        "{placed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn order_status_names_what_holds_or_refused_an_order() {
    for (situation, held, refused) in
        [(Situation::DocumentsRequested, Some("documentsRequested"), false), (Situation::FraudRefused, None, true)]
    {
        let sandbox = sandbox(situation).await;
        let env = Env::new();
        let placed = json(&run(order(&env, &sandbox, "FR", &[])).await);
        let id = placed["orderId"].as_i64().unwrap().to_string();
        let mut status = env.against(&sandbox);
        status.args(["order", "status", &id, "--json"]);
        let output = run(status).await;
        let doc = json(&output);
        assert_eq!(code(&output), 0, "{situation:?}: {doc}");
        assert_eq!(doc["held"].as_str(), held, "{doc}");
        assert_eq!(doc["refused"], refused, "{doc}");
        let mut text = env.against(&sandbox);
        text.args(["order", "status", &id]);
        let out = cli::stdout(&run(text).await);
        let expected = if refused { "OVHcloud refused order" } else { "OVHcloud asks for documents" };
        assert!(out.contains(expected), "{out}");
    }
}

/// `--plain` through a whole order, answers from the subsidiary on; its exit and output.
async fn plain_order(situation: Situation, answers: &'static str) -> (i32, String) {
    let sandbox = sandbox(situation).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.args(["--plain", "--lang", "en"]).write_stdin(answers);
    let output = run(cmd).await;
    (code(&output), cli::stdout(&output))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_meets_held_refused_and_us_orders() {
    // Subsidiary (the account's), plan, no HDS option, name, voucher, contracts, auto-pay,
    // waiver, order.
    let (exit, out) = plain_order(Situation::DocumentsRequested, "\n1\n\nHeld\n\nyes\nn\nyes\ny\n").await;
    assert_eq!(exit, 4, "{out}");
    assert!(out.contains("OVHcloud asks for documents before delivering order"), "{out}");
    let (exit, out) = plain_order(Situation::FraudRefused, "\n1\n\nRefused\n\nyes\nn\nyes\ny\n").await;
    assert_eq!(exit, 1, "{out}");
    assert!(out.contains("OVHcloud refused order") && out.contains("(error 906)"), "{out}");
    let (exit, out) = plain_order(Situation::Us, "\n1\n\nUS project\nwelcome50\nyes\nn\nyes\ny\n").await;
    assert_eq!(exit, 0, "{out}");
    assert!(out.contains("United States (US)") && out.contains("Voucher WELCOME50"), "{out}");
    assert!(out.contains("Project delivered: "), "found in the operations: {out}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_headless_wizard_meets_refused_and_us_orders() {
    let refusing = sandbox(Situation::FraudRefused).await;
    let data = tempfile::tempdir().unwrap();
    let mut wizard = common::driven::Wizard::new(&refusing, data.path());
    let _ = tokio::time::timeout(Duration::from_secs(10), wizard.order("")).await;
    let ovhcart::app::OrderState::Placed(placed) = &wizard.state.order else { panic!("{:?}", wizard.state.order) };
    assert!(matches!(placed.stopped, Some(ovhcart::app::state::Stopped::Refused { .. })), "{placed:?}");

    let us = sandbox(Situation::Us).await;
    let mut wizard = common::driven::Wizard::us(&us, data.path());
    wizard.order("WELCOME50").await.unwrap();
    let ovhcart::app::OrderState::Placed(placed) = &wizard.state.order else { panic!("{:?}", wizard.state.order) };
    assert!(ovhcart::api::models::is_project_id(placed.project_id.as_deref().unwrap()), "{placed:?}");
    assert_eq!(count(&us, "GET", "/cloud/eligibility"), 2, "tried, and absent: the quote checks the voucher");
}
