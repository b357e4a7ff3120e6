//! The plain line-by-line wizard end to end: the real binary, answers on stdin, lines on
//! stdout, against its own sandbox (`--sandbox`) or one started here whose requests show
//! what was (not) sent.

mod common;

use common::cli::{Env, code, run, stderr, stdout};
use common::{count, fast_delivery};
use ovhcart::i18n::{Lang, tr};

const CHECKOUT: &str = "/order/cart/*/checkout";

/// Where `needle` first appears in `haystack`, for checking the order of lines.
fn at(haystack: &str, needle: &str) -> usize {
    haystack.find(needle).unwrap_or_else(|| panic!("{needle:?} not in:\n{haystack}"))
}

#[test]
fn orders_one_project_answering_line_by_line() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["--plain", "--sandbox", "--delivery-ms", "300"])
        // Subsidiary (the account's), plan, the HDS option, name, voucher, contracts, auto-pay,
        // waiver, order.
        .write_stdin("\n1\n\nBuild farm\nWELCOME50\nyes\nn\nyes\ny\n")
        .output()
        .unwrap();
    let out = stdout(&output);
    assert_eq!(code(&output), 0, "{out}\n{}", stderr(&output));
    let order = [
        "Step 1 of 6: Subsidiary",
        "6. France (FR), EUR, API ovh-eu, your account's",
        "Enter keeps FR:",
        "Step 2 of 6: Plan",
        "1. Projet Public Cloud, project.2018",
        &tr(Lang::En, "hds-explanation"),
        "Add the HDS certification (health data hosting)? [y/N]:",
        "Step 3 of 6: Name",
        "Step 4 of 6: Voucher",
        "Voucher WELCOME50 accepted: 50.00 € of credit.",
        "Step 5 of 6: Review",
        "Name: Build farm",
        "Total with tax: 0.00 €",
        "Contract: Conditions générales de service (bac à sable), https://",
        "Default payment method: Credit card",
        &tr(Lang::En, "review-contracts-label"),
        &tr(Lang::En, "contracts-text"),
        "and so accept the contracts listed above, type \"yes\" in full",
        "Pay automatically with the default payment method [y/N]:",
        &tr(Lang::En, "waiver-text"),
        "and so waive your right of withdrawal for this order, type \"yes\" in full",
        "Place the order now? Total with tax: 0.00 €.",
        "Step 6 of 6: Order",
        " placed.",
        "Order page: http://127.0.0.1:",
        "Status: ",
        "Project delivered: ",
        "Receipt saved to ",
    ];
    let positions: Vec<_> = order.iter().map(|needle| at(&out, needle)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "out of order: {positions:?}\n{out}");
    assert!(!out.contains('\u{1b}'), "no escape sequences: {out:?}");
    let project = out.lines().find_map(|l| l.strip_prefix("Project delivered: ")).unwrap();
    assert!(ovhcart::api::models::is_project_id(project), "{project}");

    let receipt_path = out.lines().find_map(|l| l.strip_prefix("Receipt saved to ")).unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(receipt_path).unwrap()).unwrap();
    assert_eq!(receipt["waiver"]["given"], true);
    assert_eq!(receipt["waiver"]["language"], "en");
    assert_eq!(receipt["waiver"]["text"], tr(Lang::En, "waiver-text"), "the text printed is the text recorded");
    assert_eq!(receipt["contracts"]["given"], true);
    assert_eq!(receipt["contracts"]["via"], "typed");
    assert!(receipt.get("italian_clauses").is_none_or(|c| c.is_null()), "not for FR: {receipt}");
    assert_eq!(receipt["project_name"], "Build farm");
    assert_eq!(receipt["waiver"]["via"], "typed", "plain records a typed consent, not a checkbox");
    assert_eq!(receipt["front_end"], "plain");
}

/// The HDS option the plan is sold with is asked as a yes or no, no by default; asked for, it
/// is in the quote and the receipt (a paid order, here paid automatically).
#[test]
fn the_hds_option_is_asked_and_ordered() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["--plain", "--sandbox", "--delivery-ms", "300"])
        // Subsidiary, plan, HDS yes, name, voucher, contracts, auto-pay yes, waiver, order.
        .write_stdin("\n1\ny\nSanté\n\nyes\ny\nyes\ny\n")
        .output()
        .unwrap();
    let out = stdout(&output);
    assert_eq!(code(&output), 0, "{out}\n{}", stderr(&output));
    assert!(at(&out, "Add the HDS certification") < at(&out, "Step 3 of 6: Name"), "{out}");
    assert!(out.contains("Certification HDS pour un projet Public Cloud"), "in the quote: {out}");
    let receipt_path = out.lines().find_map(|l| l.strip_prefix("Receipt saved to ")).unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(receipt_path).unwrap()).unwrap();
    assert_eq!(receipt["options"], serde_json::json!(["certification.hds.2018"]));
}

#[test]
fn a_held_order_in_the_embedded_sandbox_names_no_later_command() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["--plain", "--sandbox", "--situation", "documents-requested"])
        .write_stdin("\n1\n\nHeld\n\nyes\nn\nyes\ny\n")
        .output()
        .unwrap();
    let out = stdout(&output);
    assert!(out.contains("OVHcloud asks for documents before delivering order"), "{out}\n{}", stderr(&output));
    assert!(out.contains("embedded sandbox, which ends with ovhcart"), "{out}");
    assert!(!out.contains("ovhcart order status"), "{out}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusing_the_waiver_orders_nothing_and_exits_3() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    // To the review, the contracts accepted, auto-pay's default; the waiver refused ("no"),
    // then yes: delete the cart.
    cmd.arg("--plain").write_stdin("\n\n\n\n\nyes\n\nno\ny\n");
    let output = run(cmd).await;
    let out = stdout(&output);
    assert_eq!(code(&output), 3, "{out}\n{}", stderr(&output));
    assert!(out.contains("Nothing was ordered: you kept your right of withdrawal."), "{out}");
    assert!(!out.contains("Place the order now?"), "no final question without consent: {out}");
    assert!(out.contains(" deleted."), "{out}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    assert_eq!(count(&sandbox, "POST", "/order/cart"), 1);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1, "the cart was deleted as asked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn not_accepting_the_contracts_orders_nothing_and_exits_3() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    // To the review; "y" is not the word (the contracts are not accepted); then delete the cart.
    cmd.arg("--plain").write_stdin("\n\n\n\n\ny\ny\n");
    let output = run(cmd).await;
    let out = stdout(&output);
    assert_eq!(code(&output), 3, "{out}\n{}", stderr(&output));
    assert!(at(&out, "Contract: ") < at(&out, &tr(Lang::En, "contracts-text")), "listed, then the box: {out}");
    assert!(out.contains("Nothing was ordered: you did not accept the contracts."), "{out}");
    assert!(!out.contains("Pay automatically"), "nothing asked after a refusal: {out}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1, "the cart was deleted as asked");
}

/// For the IT subsidiary, the clauses of art. 1341 and 1342 are shown in Italian and in the
/// interface language, and approved by their own typed word; the receipt records every
/// consent, typed.
#[test]
fn italy_asks_for_the_clauses_and_the_receipt_records_every_consent() {
    let env = Env::new();
    let output = env
        .cmd()
        .args(["--plain", "--sandbox", "--delivery-ms", "300", "--subsidiary", "IT", "--lang", "en"])
        // Subsidiary, plan, name, voucher, contracts, clauses, auto-pay, waiver, order.
        .write_stdin("\n1\nProgetto\n\nyes\nyes\nn\nyes\ny\n")
        .output()
        .unwrap();
    let out = stdout(&output);
    assert_eq!(code(&output), 0, "{out}\n{}", stderr(&output));
    let clauses = ovhcart::app::consent::ConsentBox::ItalianClauses.paragraphs(Lang::En);
    assert_eq!(clauses.len(), 2, "in Italian, then in English");
    let order = [
        "Contract: ",
        &tr(Lang::En, "contracts-text"),
        &tr(Lang::En, "review-clauses-label"),
        &clauses[0],
        &clauses[1],
        "and so approve these clauses specifically, type \"yes\" in full",
        &tr(Lang::En, "waiver-text"),
        " placed.",
    ];
    let positions: Vec<_> = order.iter().map(|needle| at(&out, needle)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "out of order: {positions:?}\n{out}");
    assert!(clauses[0].contains("artt. 1341 e 1342"), "{clauses:?}");

    let receipt_path = out.lines().find_map(|l| l.strip_prefix("Receipt saved to ")).unwrap();
    let receipt: serde_json::Value = serde_json::from_slice(&std::fs::read(receipt_path).unwrap()).unwrap();
    assert_eq!(receipt["subsidiary"], "IT");
    for consent in ["contracts", "italian_clauses", "waiver"] {
        let recorded = &receipt[consent];
        assert_eq!(recorded["given"], true, "{consent}: {receipt}");
        assert_eq!(recorded["via"], "typed", "{consent}");
        assert_eq!(recorded["language"], "en", "{consent}");
        assert!(recorded["given_at"].as_str().is_some_and(|t| t.ends_with('Z')), "{consent}: {recorded}");
    }
    assert_eq!(receipt["italian_clauses"]["text"], clauses.join("\n"), "the text printed is the text recorded");
    assert_eq!(receipt["contracts"]["text"], tr(Lang::En, "contracts-text"));
    let documents = receipt["contracts"]["documents"].as_array().unwrap();
    assert!(!documents.is_empty());
    for document in documents {
        let (name, url) = (document["name"].as_str().unwrap(), document["url"].as_str().unwrap());
        assert!(out.contains(&format!("Contract: {name}, {url}")), "recorded as listed: {name} {url}\n{out}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn declining_the_order_orders_nothing_and_keeps_the_cart_by_default() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    cmd.arg("--plain").write_stdin("\n\n\n\n\nyes\n\nyes\nn\n\n");
    let output = run(cmd).await;
    let out = stdout(&output);
    assert_eq!(code(&output), 3, "{out}\n{}", stderr(&output));
    assert!(out.contains("Nothing was ordered: you declined."), "{out}");
    assert!(out.contains("ovhcart cart delete "), "the kept cart is named: {out}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_name_is_explained_and_asked_again_and_end_of_input_stops() {
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let mut cmd = env.against(&sandbox);
    let long = "x".repeat(256);
    cmd.args(["--plain", "--subsidiary", "GB"]).write_stdin(format!("\n\n{long}\n"));
    let output = run(cmd).await;
    let out = stdout(&output);
    assert_eq!(code(&output), 130, "end of input is an interruption: {out}\n{}", stderr(&output));
    assert!(out.contains("Enter keeps GB:"), "--subsidiary is the default: {out}");
    let error = "The name has 256 characters; at most 255 are allowed.";
    assert!(out.contains(error), "{out}");
    let question = "Project name; Enter keeps \"Project ";
    assert_eq!(out.matches(question).count(), 2, "asked again: {out}");
    assert!(at(&out, error) < out.rfind(question).unwrap());
    assert!(out.contains("ovhcart cart delete "), "nobody to ask: the cart is kept and named: {out}");
    assert_eq!(count(&sandbox, "POST", "/order/cart/*/item/*/configuration"), 0, "the bad name was not sent");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
}

#[test]
fn a_dumb_terminal_gets_the_plain_wizard() {
    let env = Env::new();
    let output = env.cmd().args(["--sandbox"]).env("TERM", "dumb").write_stdin("").output().unwrap();
    let out = stdout(&output);
    assert!(out.contains("Step 1 of 6: Subsidiary"), "{out}\n{}", stderr(&output));
    assert_eq!(code(&output), 130);
    // Without it and without a terminal, the full screen refuses as before.
    let output = env.cmd().args(["--sandbox"]).env("TERM", "xterm").write_stdin("").output().unwrap();
    assert_eq!(code(&output), 2);
    assert!(stderr(&output).contains("needs a terminal"));
}

#[test]
fn french_questions_with_lang_fr() {
    let env = Env::new();
    let output = env.cmd().args(["--plain", "--sandbox", "--lang", "fr"]).write_stdin("\nzz\n").output().unwrap();
    let out = stdout(&output);
    assert_eq!(code(&output), 130, "{out}\n{}", stderr(&output));
    assert!(out.contains("Étape 1 sur 6 : Filiale"), "{out}");
    assert!(out.contains("Entrée garde FR :"), "{out}");
    assert!(out.contains("Étape 2 sur 6 : Offre"), "{out}");
    assert!(out.contains("« zz » n'est pas dans la liste : tapez un numéro de 1 à 1."), "{out}");
}

/// Ctrl-C at a question: the person is asked once about the cart, and it goes as they say.
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ctrl_c_at_a_question_asks_once_about_the_cart() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};

    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let mut cmd = env.std_against(&sandbox);
    let outcome = tokio::task::spawn_blocking(move || {
        let mut child = cmd.arg("--plain").stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let mut seen = Vec::new();
        let mut wait_for = |needle: &str, seen: &mut Vec<String>| {
            for line in lines.by_ref() {
                let line = line.unwrap();
                seen.push(line.clone());
                if line.contains(needle) {
                    return;
                }
            }
            panic!("{needle:?} never came: {seen:#?}");
        };
        stdin.write_all(b"\n\n\n").unwrap();
        wait_for("Project name; Enter keeps", &mut seen);
        let kill = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
        assert!(kill.success());
        wait_for("Delete it?", &mut seen);
        stdin.write_all(b"y\n").unwrap();
        let rest: Vec<String> = lines.map_while(Result::ok).collect();
        seen.extend(rest);
        (child.wait().unwrap().code(), seen)
    })
    .await
    .unwrap();
    let (code, seen) = outcome;
    assert_eq!(code, Some(130), "{seen:#?}");
    assert!(seen.iter().any(|l| l.starts_with("Cart ") && l.ends_with(" deleted.")), "{seen:#?}");
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 1);
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 0);
}

/// A checkout whose answer is lost and whose settling fails: the plain wizard says the
/// order may have been placed (the cart, why, what comes next), asks for a typed `r`, checks
/// again, finds the order and goes on as after a checkout's answer. Sent once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_checkout_is_said_once_and_checked_again_with_a_typed_r() {
    let (sandbox, output) = lost_checkout(b"yes\n\nyes\ny\nx\nr\n").await;
    let out = stdout(&output);
    assert_eq!(code(&output), 0, "{out}\n{}", stderr(&output));
    let order = [
        "Step 6 of 6: Order",
        "The order may have been placed",
        "ovhcart does not send the order again.",
        "Cart: ",
        "Order: not known yet",
        "the last check could not tell",
        "Check again (r) reads the cart",
        "Type r to check again, or q to stop",
        "Checking the cart and your recent orders",
        " placed.",
        "Project delivered: ",
        "Receipt saved to ",
    ];
    let positions: Vec<_> = order.iter().map(|needle| at(&out, needle)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "out of order: {positions:?}\n{out}");
    assert_eq!(out.matches("Type r to check again").count(), 2, "asked again after x: {out}");
    assert!(!out.contains("try again"), "no advice to order again: {out}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 1, "the checkout is never re-sent");
}

/// Stopping there (`q`) says the order may exist and how to check; nothing is sent again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_after_a_lost_checkout_says_how_to_check() {
    let (sandbox, output) = lost_checkout(b"yes\n\nyes\ny\nq\n").await;
    let out = stdout(&output);
    assert_eq!(code(&output), 1, "{out}\n{}", stderr(&output));
    let cart = out.lines().find_map(|l| l.strip_prefix("Cart: ")).expect("the cart is named").to_owned();
    let exit = format!("The order for cart {cart} may have been placed. Do not order again before checking");
    assert!(out.contains(&exit), "{out}");
    assert!(out.contains("ovhcart order status") && out.contains("ovhcart carts"), "{out}");
    assert!(!out.contains("embedded sandbox"), "not run with --sandbox: {out}");
    assert!(!out.contains("deleted") && !out.contains("ovhcart cart delete"), "no cart question: {out}");
    assert_eq!(count(&sandbox, "POST", CHECKOUT), 1);
    assert_eq!(count(&sandbox, "DELETE", "/order/cart/*"), 0);
}

/// The plain wizard to the order, whose checkout's answer is lost and whose settling read
/// fails; `answers` from the contracts' question on.
async fn lost_checkout(answers: &'static [u8]) -> (ovhcart::sandbox::Sandbox, std::process::Output) {
    use std::io::Write;
    use std::process::Stdio;
    let sandbox = common::start(fast_delivery()).await;
    let env = Env::new();
    let mut child = env
        .std_against(&sandbox)
        // No retries: one failed read leaves the checkout unsettled.
        .args(["--plain", "--retry-budget", "0"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Subsidiary, plan, the HDS option, name, voucher: to the review, whose quote is read.
    stdin.write_all(b"\n\n\n\n\n").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while count(&sandbox, "GET", CHECKOUT) == 0 {
        assert!(std::time::Instant::now() < deadline, "never reached the review");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    // The checkout's answer is lost, and the read of the cart that settles it fails.
    use ovhcart::sandbox::Fault;
    sandbox.inject_fault("POST", CHECKOUT, Fault::LostAfterProcessing, 1);
    sandbox.inject_fault("GET", "/order/cart/*", Fault::Unavailable, 1);
    stdin.write_all(answers).unwrap();
    drop(stdin);
    let output = tokio::task::spawn_blocking(move || child.wait_with_output().unwrap()).await.unwrap();
    (sandbox, output)
}
