//! The real binary in a pseudo-terminal, for what issue 16 found there: an unreachable API
//! showed no spinner for about 12 s and then an error with the transport's internals and no
//! "what to do"; an earlier run being settled left the screen blank for about 10 s.

mod common;

use std::time::Duration;

use common::cli::Env;
use common::pty::Session;
use ovhcart::sandbox::{SandboxOptions, accounts};
use ovhcart::store::journal::Journal;

/// A port on this machine where nothing listens (bound, then let go).
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn demo_keys() -> [(&'static str, &'static str); 3] {
    [
        ("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY),
        ("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET),
        ("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY),
    ]
}

#[test]
fn an_unreachable_api_shows_the_spinner_at_once_then_the_error_in_words_with_what_to_do() {
    let endpoint = format!("http://127.0.0.1:{}/1.0", closed_port());
    let args = format!("--endpoint {endpoint} --retry-budget 3");
    let mut s = Session::start_with_env(&args, &demo_keys());
    let waited = s.wait_for("Loading your account");
    assert!(waited < Duration::from_secs(2), "the spinner from the first request: {waited:?}");
    s.wait_for("Could not load your account");
    s.wait_for("Could not connect to the API.");
    s.wait_for("Check the network connection and the endpoint");
    let screen = s.screen();
    for internal in ["SendRequest", "os error", "tcp connect"] {
        assert!(!screen.contains(internal), "{internal} is for the log: {screen}");
    }
    s.send(b"\x03");
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
}

#[test]
fn an_earlier_run_is_settled_behind_the_first_frame_with_a_status() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let options = SandboxOptions { latency: Duration::from_millis(800), ..SandboxOptions::default() };
    let sandbox = runtime.block_on(common::start(options));
    let env = Env::new();
    let journal = Journal::new(&env.data());
    let entry = runtime.block_on(async {
        let client = common::demo_retrying(&sandbox);
        common::flow_about_to_check_out(&client, &sandbox.base_url(), "Died in flight").await
    });
    journal.record(&entry).unwrap();

    let args = format!("--endpoint {}", sandbox.base_url());
    let mut s = Session::start_in(&args, &demo_keys(), env);
    let first = s.wait_for("1 Subsidiary");
    assert!(first < Duration::from_secs(1), "the first frame does not wait for the settling: {first:?}");
    s.wait_for("Settling what an earlier run left unfinished");
    // Its checkout never left: its cart is open again, offered by the start screen under the
    // name of its project.
    s.wait_for("Your account has open carts");
    s.wait_for("Died in flight");
    s.send(b"\x03");
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
    assert!(journal.unfinished(&sandbox.base_url()).len() == 1, "the open cart's flow stays, to be resumed");
    drop(sandbox);
}
