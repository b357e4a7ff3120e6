//! The real binary in a pseudo-terminal: the first frame, a key flow, the first run's
//! onboarding, Ctrl-C, and the terminal given back as it was (main screen, cursor visible,
//! cooked mode with echo).

mod common;

use std::time::{Duration, Instant};

use common::cli::Env;
use common::pty::Session;

#[test]
fn ctrl_c_with_an_open_cart_asks_then_restores_the_terminal() {
    let mut s = Session::start("--sandbox");
    s.wait_for("1 Subsidiary");
    s.wait_for("your account's");
    s.send(b"\r");
    s.wait_for("Plan code");
    s.send(b"\x03");
    s.wait_for("Quit?");
    s.send(b"d");
    s.wait_for("EXIT=");
    let status = s.child.wait().unwrap();
    assert!(status.success(), "sh itself ends well");

    assert_restored(&s, "130");
    assert!(!s.output().contains("kept on your account"), "the cart was deleted, not kept");
}

#[test]
fn ctrl_c_before_any_cart_quits_at_once() {
    let mut s = Session::start("--sandbox");
    s.wait_for("1 Subsidiary");
    s.send(b"\x03");
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
    let output = s.output();
    assert!(output.contains("EXIT=130"), "{output}");
    assert!(!s.parser.lock().unwrap().screen().alternate_screen());
}

/// After a stop that is not a quit, the terminal must still be as it was.
fn assert_restored(s: &Session, exit: &str) {
    // `stty -a` runs after ovhcart exits: its lines may reach the reader a little later.
    let start = std::time::Instant::now();
    while !s.output().rsplit(&format!("EXIT={exit}")).next().unwrap_or_default().contains("isig")
        && start.elapsed() < std::time::Duration::from_secs(10)
    {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let output = s.output();
    assert!(output.contains(&format!("EXIT={exit}")), "exit {exit}: {output}");
    let screen = s.parser.lock().unwrap();
    assert!(!screen.screen().alternate_screen(), "back on the main screen");
    assert!(!screen.screen().hide_cursor(), "cursor visible");
    drop(screen);
    let stty: Vec<&str> = output.rsplit(&format!("EXIT={exit}")).next().unwrap().split_whitespace().collect();
    for flag in ["icanon", "echo", "icrnl", "opost", "isig"] {
        assert!(stty.contains(&flag), "stty shows {flag}: {stty:?}");
    }
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start("--sandbox");
    s.wait_for("1 Subsidiary");
    // The pty runs `sh`, whose one child is ovhcart.
    let sh = s.child.process_id().unwrap();
    let children = std::fs::read_to_string(format!("/proc/{sh}/task/{sh}/children")).unwrap();
    let ovhcart: i32 = children.split_whitespace().next().unwrap().parse().unwrap();
    // SAFETY: kill(2) on a process this test started.
    assert_eq!(unsafe { libc::kill(ovhcart, libc::SIGTERM) }, 0);
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
    assert_restored(&s, "143");
    assert!(s.output().contains("termination signal"), "{}", s.output());
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut s = Session::start_with_env("--sandbox", &[("OVHCART_TEST_PANIC", "1")]);
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
    assert_restored(&s, "101");
    assert!(s.output().contains("panic requested by OVHCART_TEST_PANIC"), "{}", s.output());
}

/// No credentials anywhere: the onboarding screens make a key against a sandbox (the page
/// to create keys shows its link as a QR code too); it is saved and the wizard starts with
/// it. The secret is never written to the terminal.
#[test]
fn the_first_run_onboards_then_starts_the_wizard() {
    use ovhcart::sandbox::{Sandbox, SandboxOptions, accounts};
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(Sandbox::start(SandboxOptions::default())).unwrap();
    let env = Env::new();
    let conf = env.ovh_conf();
    let args = format!("--endpoint {}", sandbox.base_url());
    let mut s = Session::start_in(&args, &[], env);
    let qr_drawn = |s: &Session| s.screen().contains('▀') || s.screen().contains('▄');

    s.wait_for("Connect to OVHcloud");
    s.send(b"\r");
    s.wait_for("· Application keys");
    assert!(qr_drawn(&s), "the page to create keys as a QR code:\n{}", s.screen());
    s.send(accounts::APPLICATION_KEY.as_bytes());
    s.send(b"\t");
    s.send(accounts::APPLICATION_SECRET.as_bytes());
    s.send(b"\r");
    s.wait_for("Waiting for your validation");
    // Its QR code needs more than 100x30: the page says so rather than cut it.
    s.wait_for("Enlarge the terminal to see this link as a QR code");

    // The person opens the link and accepts.
    let urls = sandbox.validation_urls();
    assert_eq!(urls.len(), 1);
    let page = runtime.block_on(reqwest::get(&urls[0])).unwrap();
    assert_eq!(page.status().as_u16(), 200);
    s.wait_for("Press Enter to start your order");
    assert!(conf.exists(), "the keys were saved");
    s.send(b"\r");
    s.wait_for("1 Subsidiary");
    s.send(b"\x03");
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
    assert_restored(&s, "130");
    assert!(!s.output().contains(accounts::APPLICATION_SECRET), "the secret was drawn");
    runtime.block_on(sandbox.shutdown());
}

/// The demo account's keys, for the binary run against a sandbox this test started.
fn demo_env(sandbox: &ovhcart::sandbox::Sandbox) -> Vec<(&'static str, String)> {
    use ovhcart::sandbox::accounts;
    vec![
        ("OVH_ENDPOINT", sandbox.base_url()),
        ("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY.to_owned()),
        ("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET.to_owned()),
        ("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY.to_owned()),
    ]
}

/// The real binary against `sandbox` in a `cols`×`rows` pty.
fn against(sandbox: &ovhcart::sandbox::Sandbox, size: (u16, u16)) -> Session {
    let env = demo_env(sandbox);
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let args = format!("--endpoint {}", sandbox.base_url());
    Session::start_sized(&args, &env, Env::new(), size)
}

/// How many checkouts the sandbox received (`POST /order/cart/{id}/checkout`).
fn checkouts(sandbox: &ovhcart::sandbox::Sandbox) -> usize {
    sandbox.requests().iter().filter(|r| r.method == "POST" && r.path.ends_with("/checkout")).count()
}

/// From the first screen to the review with its quote, the focus on the waiver box.
fn to_the_waiver_box(s: &mut Session) {
    s.walk_to_the_review();
    focus_unticked(s, "I waive");
}

/// Tab until the unticked box labelled `label` has the focus; from the button at the
/// bottom, Shift-Tab back up (the focus may start below the box).
fn focus_unticked(s: &mut Session, label: &str) {
    let focused = format!("> [ ] {label}");
    let start = Instant::now();
    let mut key: &[u8] = b"\t";
    while !s.screen().contains(&focused) {
        assert!(start.elapsed() < Duration::from_secs(30), "never focused {label:?}:\n{}", s.screen());
        if s.screen().contains("> [ Place order ]") {
            key = b"\x1b[Z";
        }
        s.send(key);
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Nothing is given blind: on a screen too small to draw, thirty rounds of Enter, Tab and
/// Space neither tick the waiver box nor send a checkout; drawn again, the box is unticked.
#[test]
fn keys_on_a_too_small_screen_tick_nothing_and_order_nothing() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(ovhcart::sandbox::Sandbox::start(Default::default())).unwrap();
    let mut s = against(&sandbox, (120, 40));
    to_the_waiver_box(&mut s);
    s.resize(50, 15);
    s.wait_for("too small");
    for _ in 0..30 {
        s.send(b"\r");
        s.send(b"\t");
        s.send(b" ");
    }
    std::thread::sleep(Duration::from_millis(500));
    assert!(s.screen().contains("too small"), "{}", s.screen());
    s.resize(120, 40);
    s.wait_for("5 Review");
    assert!(s.screen().contains("> [ ] I waive"), "the box is unticked and still focused:\n{}", s.screen());
    assert_eq!(checkouts(&sandbox), 0);

    // Ctrl-C's question fits the small screen, and its keys work there.
    s.resize(50, 15);
    s.wait_for("too small");
    s.send(b"\x03");
    s.wait_for("Quit?");
    s.wait_for("[d]");
    s.send(b"d");
    // At 50x15 `stty -a` scrolls "EXIT=" off the screen: it is looked for in the output.
    s.child.wait().unwrap();
    let start = Instant::now();
    while !s.output().contains("isig") {
        assert!(start.elapsed() < Duration::from_secs(10), "{}", s.output());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_restored(&s, "130");
    assert_eq!(checkouts(&sandbox), 0);
    assert!(!s.output().contains("kept on your account"), "the cart was deleted: {}", s.output());
    runtime.block_on(sandbox.shutdown());
}

/// At 120x40 with the waiver ticked and the focus on "Place order", thirty Enters open and
/// cancel the confirmation (its default), and never place the order; `y` does.
#[test]
fn enter_alone_never_places_the_order() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(ovhcart::sandbox::Sandbox::start(Default::default())).unwrap();
    let mut s = against(&sandbox, (120, 40));
    s.walk_to_the_review();
    focus_unticked(&mut s, "I have read and accept the contracts");
    s.send(b" ");
    s.wait_for("> [x] I have read and accept the contracts");
    focus_unticked(&mut s, "I waive");
    s.send(b" ");
    s.wait_for("> [x] I waive");
    s.send(b"\t");
    s.wait_for("> [ Place order ]");
    for _ in 0..30 {
        s.send(b"\r");
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(checkouts(&sandbox), 0, "{}", s.screen());
    assert!(s.screen().contains("5 Review"), "{}", s.screen());
    if !s.screen().contains("Place the order?") {
        s.send(b"\r");
    }
    s.wait_for("Place the order?");
    s.send(b"y");
    s.wait_for("6 Order");
    let start = Instant::now();
    while checkouts(&sandbox) == 0 {
        assert!(start.elapsed() < Duration::from_secs(30), "y sent no checkout:\n{}", s.screen());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(checkouts(&sandbox), 1);
    s.send(b"\x03");
    s.wait_for("EXIT=");
    s.child.wait().unwrap();
    runtime.block_on(sandbox.shutdown());
}
