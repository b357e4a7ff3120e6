//! What issue 16 changed where the plain wizard and the commands show it: a second
//! `--plain` run with a cart an earlier run kept open (it used to exit 1 after the
//! subsidiary, under a start screen it cannot see), subsidiaries answered by their country,
//! earlier runs settled and said first, the sandbox's exit lines, payment types in words,
//! and `ovhcart carts` telling carts apart by their project.

mod common;

use common::cli::{Env, code, run, stderr, stdout};
use common::{count, fast_delivery};
use ovhcart::i18n::{Lang, tr, tr_args};
use ovhcart::store::journal::Journal;

/// Where `needle` first appears in `haystack`.
fn at(haystack: &str, needle: &str) -> usize {
    haystack.find(needle).unwrap_or_else(|| panic!("{needle:?} not in:\n{haystack}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_plain_run_with_a_cart_kept_open_starts_a_new_one_and_orders() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    // The first run stops after the plan: its cart stays open on the account.
    let mut first = env.against(&sandbox);
    first.arg("--plain").write_stdin("\n1\n");
    let output = run(first).await;
    assert_eq!(code(&output), 130, "{}", stdout(&output));
    let kept = stdout(&output).lines().find_map(|l| l.strip_prefix("The cart ")).map(|l| l[..8].to_owned());
    let kept = kept.unwrap_or_else(|| panic!("the first run keeps its cart: {}", stdout(&output)));

    let mut second = env.against(&sandbox);
    // Subsidiary, plan, no HDS option, name, no voucher, the contracts accepted, no auto-pay,
    // the waiver, yes.
    second.arg("--plain").write_stdin("\n1\n\nSecond try\n\nyes\nn\nyes\ny\n");
    let output = run(second).await;
    let out = stdout(&output);
    assert_eq!(code(&output), 0, "{out}\n{}", stderr(&output));
    let said = at(&out, &format!("Your account has an open cart ({kept})"));
    assert!(said < at(&out, "Step 1 of 6"), "said before the first question:\n{out}");
    for line in ["Step 2 of 6: Plan", "Step 6 of 6: Order", "Project delivered: "] {
        at(&out, line);
    }
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 1, "one order, from a new cart");
    assert_eq!(count(&sandbox, "POST", "/order/cart"), 2);
}

#[test]
fn plain_takes_a_subsidiary_by_its_country_in_the_language() {
    let env = Env::new();
    let output = env.cmd().args(["--plain", "--sandbox", "--lang", "fr"]).write_stdin("Allemagne\n").output().unwrap();
    let out = stdout(&output);
    at(&out, "2. Allemagne (DE), EUR, API ovh-eu");
    let plan = tr_args(Lang::Fr, "plan-intro", &[("subsidiary", "Allemagne (DE)")]);
    at(&out, &plan);
    assert_eq!(code(&output), 130, "the end of input stops at the plan");
}

#[test]
fn plain_under_sandbox_says_the_cart_ends_with_it_not_how_to_show_it() {
    let env = Env::new();
    let output = env.cmd().args(["--plain", "--sandbox"]).write_stdin("\n1\n").output().unwrap();
    let out = stdout(&output);
    assert_eq!(code(&output), 130, "{out}");
    assert!(out.contains("stays open in the sandbox until ovhcart ends"), "{out}");
    assert!(out.contains(&tr(Lang::En, "sandbox-ended")), "{out}");
    assert!(!out.contains("ovhcart cart show"), "no command that could only find nothing: {out}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_settles_an_earlier_run_first_and_says_what_it_found() {
    let sandbox = common::start(ovhcart::sandbox::SandboxOptions {
        lose_checkout_answers: 1,
        ..ovhcart::sandbox::SandboxOptions::default()
    })
    .await;
    let client = common::demo_retrying(&sandbox);
    let env = Env::new();
    let journal = Journal::new(&env.data());
    let entry = common::flow_about_to_check_out(&client, &sandbox.base_url(), "Died in flight").await;
    journal.record(&entry).unwrap();
    let path = format!("/order/cart/{}/checkout", entry.cart_id.as_deref().unwrap());
    let body = ovhcart::api::models::CheckoutRequest {
        auto_pay_with_preferred_payment_method: Some(false),
        waive_retractation_period: Some(true),
    };
    assert!(client.post::<_, ovhcart::api::models::Order>(&path, &body).await.is_err(), "the answer is lost");

    let mut cmd = env.against(&sandbox);
    cmd.arg("--plain").write_stdin("");
    let output = run(cmd).await;
    let out = stdout(&output);
    let found = at(&out, "An earlier run's order was placed after all: order ");
    assert!(out[found..].contains("\"Died in flight\""), "{out}");
    assert!(found < at(&out, "Step 1 of 6"), "before anything is asked:\n{out}");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/checkout"), 1, "never sent again");
    assert!(journal.unfinished(&sandbox.base_url()).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn carts_are_listed_with_their_project() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let client = common::demo(&sandbox);
    let (cart, item) = common::cart_with_project(&client, "FR").await;
    common::configure(&client, &cart, &item, "description", "Build farm").await.unwrap();

    let mut cmd = env.against(&sandbox);
    cmd.args(["carts", "--json"]);
    let output = run(cmd).await;
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["carts"][0]["project"], "Build farm", "{doc}");

    let mut cmd = env.against(&sandbox);
    cmd.arg("carts");
    let output = run(cmd).await;
    assert!(stdout(&output).contains("\"Build farm\""), "{}", stdout(&output));

    let mut cmd = env.against(&sandbox);
    cmd.args(["cart", "show", &cart.cart_id, "--json"]);
    let doc: serde_json::Value = serde_json::from_slice(&run(cmd).await.stdout).unwrap();
    assert_eq!(doc["cart"]["project"], "Build farm", "{doc}");
}

#[test]
fn a_command_says_an_unreachable_api_in_words_and_keeps_the_transport_for_the_log() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let env = Env::new();
    let mut cmd = env.std_cmd();
    common::cli::with_demo_app(&mut cmd);
    let output = cmd
        .env("OVH_CONSUMER_KEY", ovhcart::sandbox::accounts::CONSUMER_KEY)
        .args(["--endpoint", &format!("http://127.0.0.1:{port}/1.0"), "--retry-budget", "0", "carts"])
        .output()
        .unwrap();
    let err = stderr(&output);
    assert_eq!(code(&output), 1, "{err}");
    assert!(err.contains("Could not connect to the API."), "{err}");
    assert!(err.contains("Check the network connection and the endpoint"), "what to do: {err}");
    for internal in ["SendRequest", "os error", "tcp connect"] {
        assert!(!err.contains(internal), "{internal} is for the log: {err}");
    }
}
