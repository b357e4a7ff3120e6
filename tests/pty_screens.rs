//! Issue 16 with the real binary in a pseudo-terminal: the review scrolls with the page keys,
//! Home, End and the mouse wheel and says what is above and below; the subsidiary list moves a
//! page and to its ends; a box scrolled out of sight is shown before Space ticks it; `y` copies
//! the focused contract's address through the terminal (OSC 52) and `o` opens it with the
//! browser ($BROWSER).

mod common;

use std::time::{Duration, Instant};

use common::cli::Env;
use common::pty::Session;
use ovhcart::sandbox::{Sandbox, accounts};

const PAGE_DOWN: &[u8] = b"\x1b[6~";
const PAGE_UP: &[u8] = b"\x1b[5~";
const HOME: &[u8] = b"\x1b[H";
const END: &[u8] = b"\x1b[F";
/// A notch of the wheel, as a terminal reports it in SGR mouse mode (at column 20, row 10).
const WHEEL_UP: &[u8] = b"\x1b[<64;20;10M";
const WHEEL_DOWN: &[u8] = b"\x1b[<65;20;10M";

/// The real binary against `sandbox` in a `cols`×`rows` pty, with `vars` set too.
fn against(sandbox: &Sandbox, size: (u16, u16), vars: &[(&str, &str)]) -> Session {
    let url = sandbox.base_url();
    let mut env = vec![
        ("OVH_ENDPOINT", url.as_str()),
        ("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY),
        ("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET),
        ("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY),
    ];
    env.extend_from_slice(vars);
    Session::start_sized(&format!("--endpoint {url}"), &env, Env::new(), size)
}

/// The sandbox's first contract.
const TERMS: &str = "Conditions générales de service";

/// Moves the review's focus with Shift-Tab, or Tab, until `focused` shows.
fn focus(s: &mut Session, focused: &str, key: &[u8]) {
    let start = Instant::now();
    while !s.screen().contains(focused) {
        assert!(start.elapsed() < Duration::from_secs(30), "never focused {focused:?}:\n{}", s.screen());
        s.send(key);
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Waits until `holds` is true of the screen.
fn wait_until(s: &Session, what: &str, holds: impl Fn(&str) -> bool) {
    let start = Instant::now();
    while !holds(&s.screen()) {
        assert!(start.elapsed() < Duration::from_secs(30), "never {what}; screen:\n{}", s.screen());
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn quit(mut s: Session) {
    s.send(b"\x03");
    s.wait_for("Quit?");
    s.send(b"d");
    s.child.wait().unwrap();
}

#[test]
fn the_review_scrolls_with_the_page_keys_home_end_and_the_wheel() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(Sandbox::start(Default::default())).unwrap();
    let mut s = against(&sandbox, (80, 24), &[]);
    s.walk_to_the_review();
    // The review goes on below, and says so on the box's border.
    s.wait_for("▼ more below");
    s.send(HOME);
    wait_until(&s, "showed the review's top", |screen| screen.contains("Subsidiary: ") && !screen.contains("▲ more"));
    s.send(END);
    wait_until(&s, "showed the review's end", |screen| {
        screen.contains("[ Place order ]") && !screen.contains("▼ more")
    });
    s.wait_for("▲ more above");
    // The focus stays on the review's first row, the first contract (scrolling moves none).
    assert!(!s.screen().contains("> [ ]"), "no box took the focus:\n{}", s.screen());
    s.send(HOME);
    wait_until(&s, "came back to the top", |screen| screen.contains("Subsidiary: ") && !screen.contains("▲ more"));
    assert!(s.screen().contains("> Conditions g"), "the focus stays:\n{}", s.screen());
    s.send(PAGE_DOWN);
    s.wait_for("▲ more above");
    s.send(PAGE_UP);
    wait_until(&s, "paged back up", |screen| !screen.contains("▲ more"));
    for _ in 0..3 {
        s.send(WHEEL_DOWN);
    }
    s.wait_for("▲ more above");
    for _ in 0..3 {
        s.send(WHEEL_UP);
    }
    wait_until(&s, "wheeled back up", |screen| !screen.contains("▲ more"));
    // The keys are in the help, with the wheel.
    s.send(b"?");
    s.wait_for("pgdn");
    for key in ["pgup", "home", "end", "wheel ↓"] {
        assert!(s.screen().contains(key), "{key} not in the help:\n{}", s.screen());
    }
    s.send(b"\x1b");
    wait_until(&s, "closed the help", |screen| !screen.contains("wheel ↓"));
    quit(s);
    runtime.block_on(sandbox.shutdown());
}

#[test]
fn the_waiver_out_of_sight_is_shown_before_space_ticks_it() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(Sandbox::start(Default::default())).unwrap();
    let mut s = against(&sandbox, (60, 18), &[]);
    s.walk_to_the_review();
    focus(&mut s, "> [ ] I waive", b"\t");
    // Its whole text, at the smallest size.
    s.wait_for("ticks this box for you.");
    s.send(HOME);
    wait_until(&s, "scrolled the box away", |screen| !screen.contains("I waive"));
    s.send(b" ");
    s.wait_for("> [ ] I waive");
    s.wait_for("ticks this box for you.");
    std::thread::sleep(Duration::from_millis(300));
    assert!(s.screen().contains("> [ ] I waive"), "Space ticked a box out of sight:\n{}", s.screen());
    s.send(b" ");
    s.wait_for("> [x] I waive");
    quit(s);
    runtime.block_on(sandbox.shutdown());
}

#[test]
fn the_subsidiary_list_moves_a_page_and_to_its_ends() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(Sandbox::start(Default::default())).unwrap();
    let mut s = against(&sandbox, (80, 24), &[]);
    s.wait_for("your account's");
    s.wait_for("▼ more below");
    s.send(END);
    wait_until(&s, "went to the end", |screen| screen.contains("▲ more above") && !screen.contains("▼ more"));
    s.send(HOME);
    s.wait_for("> CZ");
    s.send(PAGE_DOWN);
    wait_until(&s, "paged down", |screen| !screen.contains("> CZ"));
    s.send(PAGE_UP);
    s.wait_for("> CZ");
    s.send(WHEEL_DOWN);
    s.wait_for("> DE");
    s.send(b"\x03");
    s.child.wait().unwrap();
    runtime.block_on(sandbox.shutdown());
}

/// The standard base64 of `text`.
fn base64(text: &str) -> String {
    ovhcart::tui::clipboard::base64(text.as_bytes())
}

#[test]
fn y_copies_the_focused_address_and_o_opens_it_in_the_browser() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sandbox = runtime.block_on(Sandbox::start(Default::default())).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let opened = dir.path().join("opened");
    let browser = dir.path().join("browser");
    std::fs::write(&browser, format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", opened.display())).unwrap();
    let mut permissions = std::fs::metadata(&browser).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&browser, permissions).unwrap();
    let browser = browser.display().to_string();
    let mut s = against(&sandbox, (120, 40), &[("BROWSER", &browser)]);
    s.walk_to_the_review();
    focus(&mut s, &format!("> {TERMS}"), b"\x1b[Z");
    // The focused contract's address, whole on its own line.
    let screen = s.screen();
    let url = screen
        .lines()
        .skip_while(|line| !line.contains(&format!("> {TERMS}")))
        .nth(1)
        .and_then(|line| line.split_whitespace().find(|word| word.starts_with("http")))
        .unwrap_or_else(|| panic!("no address under the contract:\n{screen}"))
        .to_owned();
    assert!(s.screen().contains("o open link") && s.screen().contains("y copy link"), "{}", s.screen());
    s.send(b"y");
    s.wait_for("Link sent to the clipboard");
    let sequence = format!("\u{1b}]52;c;{}\u{7}", base64(&url));
    let start = Instant::now();
    while !s.output().contains(&sequence) {
        assert!(start.elapsed() < Duration::from_secs(10), "no OSC 52 for {url}");
        std::thread::sleep(Duration::from_millis(20));
    }
    s.send(b"o");
    s.wait_for("Link opened in your browser");
    let start = Instant::now();
    while std::fs::read_to_string(&opened).unwrap_or_default() != url {
        assert!(start.elapsed() < Duration::from_secs(10), "the browser was not given {url}");
        std::thread::sleep(Duration::from_millis(20));
    }
    // The browser is given the address, never the terminal: the screen is the wizard's still.
    assert!(s.screen().contains("5 Review"), "{}", s.screen());
    quit(s);
    runtime.block_on(sandbox.shutdown());
}
