//! ovhcart against servers that misbehave on purpose (issue 17), all on 127.0.0.1: escape
//! sequences in every text it shows, redirects to another host, an endless body, a slow
//! body, invalid UTF-8, deep JSON nesting, credentials over clear http; and the client's
//! retry budget (issue 12) against 503s, `Retry-After` and timeouts.
//!
//! Each case runs the real binary (a pty for the full-screen wizard, captured streams for
//! the commands) and checks what reaches the terminal, what reaches the other host, the
//! peak memory, the error and the exit code.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{cli, pty};
use ovhcart::api::client::{Auth, ClientOptions, RetryPolicy, Retrying};
use ovhcart::api::error::Outcome;
use ovhcart::api::{Client, ErrorKind, Secret, flow};
use ovhcart::sandbox::{Sandbox, SandboxOptions, accounts};
use serde_json::Value;

/// What a hostile server puts in every text: write the clipboard, clear the screen, set
/// the window title, an 8-bit CSI, a right-to-left override, a bell, a backspace.
const PAYLOAD: &str = "\u{1b}]52;c;SE9TVElMRQ==\u{7}\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}5;6;7m\u{202e}evil\u{8}";

// ---------------------------------------------------------------------------------------
// A small HTTP/1.1 server: one request per connection, answered by a handler.

#[derive(Debug, Clone)]
struct Request {
    method: String,
    path: String,
    headers: Vec<(String, String)>,
    /// The request as it came, head and body.
    raw: Vec<u8>,
}

impl Request {
    fn has_ovh_header(&self) -> bool {
        self.headers.iter().any(|(name, _)| name.to_ascii_lowercase().starts_with("x-ovh-"))
    }
}

type Handler = Arc<dyn Fn(&Request, &mut TcpStream) + Send + Sync>;

struct Server {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Request>>>,
}

impl Server {
    fn start(handler: impl Fn(&Request, &mut TcpStream) + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Handler = Arc::new(handler);
        let recorded = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let (handler, recorded) = (handler.clone(), recorded.clone());
                std::thread::spawn(move || {
                    if let Some(request) = read_request(&mut stream) {
                        recorded.lock().unwrap().push(request.clone());
                        handler(&request, &mut stream);
                    }
                });
            }
        });
        Server { addr, seen }
    }

    fn base_url(&self) -> String {
        format!("http://{}/1.0", self.addr)
    }

    fn requests(&self) -> Vec<Request> {
        self.seen.lock().unwrap().clone()
    }

    fn count(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path == path).count()
    }
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut raw = Vec::new();
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    raw.extend_from_slice(line.as_bytes());
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next()?.to_owned(), parts.next()?.to_owned());
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        raw.extend_from_slice(header.as_bytes());
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        headers.push((name.trim().to_owned(), value.trim().to_owned()));
    }
    let length = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    raw.extend_from_slice(&body);
    Some(Request { method, path, headers, raw })
}

fn respond(stream: &mut TcpStream, status: u16, headers: &[(&str, &str)], body: &[u8]) {
    let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}

fn json(stream: &mut TcpStream, status: u16, body: &str) {
    respond(stream, status, &[("Content-Type", "application/json")], body.as_bytes());
}

/// `/auth/time` as the API answers it: the signed calls need it first.
fn answers_time(request: &Request, stream: &mut TcpStream) -> bool {
    if request.path.ends_with("/auth/time") {
        json(stream, 200, &common::unix_now().to_string());
        return true;
    }
    false
}

/// An API error whose message is hostile, for every call but `/auth/time`.
fn hostile_errors() -> Server {
    Server::start(|request, stream| {
        if !answers_time(request, stream) {
            let message = format!("Cart refused {PAYLOAD} now");
            let body = serde_json::json!({ "class": format!("Client::BadRequest{PAYLOAD}"), "message": message });
            json(stream, 400, &body.to_string());
        }
    })
}

// ---------------------------------------------------------------------------------------
// The binary.

struct Run {
    code: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Peak resident memory of the process, in KiB.
    max_rss_kib: i64,
    elapsed: Duration,
}

impl Run {
    fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

/// `ovhcart ARGS` with the demo keys against `endpoint`, a private home, English, stdin closed.
fn ovhcart(endpoint: &str, args: &[&str]) -> Run {
    ovhcart_env(endpoint, args, &[])
}

fn ovhcart_env(endpoint: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let dirs = cli::Env::new();
    let mut command = dirs.std_cmd();
    command
        .args(args)
        .args(["--endpoint", endpoint])
        .env("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY)
        .env("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET)
        .env("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        if v.is_empty() {
            command.env_remove(k);
        } else {
            command.env(k, v);
        }
    }
    let started = Instant::now();
    let mut child = command.spawn().expect("ovhcart starts");
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reading_out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = out.read_to_end(&mut bytes);
        bytes
    });
    let reading_err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err.read_to_end(&mut bytes);
        bytes
    });
    // wait4 rather than `Child::wait`: it gives this child's own peak memory.
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4");
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { -libc::WTERMSIG(status) };
    std::mem::forget(child);
    Run {
        code,
        stdout: reading_out.join().unwrap(),
        stderr: reading_err.join().unwrap(),
        max_rss_kib: usage.ru_maxrss,
        elapsed: started.elapsed(),
    }
}

/// Bytes a terminal would obey: C0 controls (but `\n`), DEL, C1 controls (UTF-8 `C2 80`–`C2 9F`),
/// bidirectional overrides and isolates. Returns the first one's offset and a window around it.
fn obeyed_byte(bytes: &[u8]) -> Option<(usize, String)> {
    let at = |i: usize| {
        Some((i, String::from_utf8_lossy(&bytes[i.saturating_sub(30)..(i + 30).min(bytes.len())]).into_owned()))
    };
    for i in 0..bytes.len() {
        let b = bytes[i];
        let next = bytes.get(i + 1).copied();
        let third = bytes.get(i + 2).copied();
        if (b < 0x20 && b != b'\n') || b == 0x7f {
            return at(i);
        }
        if b == 0xc2 && matches!(next, Some(0x80..=0x9f)) {
            return at(i);
        }
        if b == 0xe2 && matches!((next, third), (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))) {
            return at(i);
        }
    }
    None
}

fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    if let Some((offset, around)) = obeyed_byte(bytes) {
        panic!("{what}: a control byte at {offset}, near {around:?}");
    }
}

// ---------------------------------------------------------------------------------------
// A proxy in front of the sandbox that adds the payload to every text of every answer.

/// Fields that are not shown as text but parsed or sent back (ids, dates, codes): left as
/// they are so that the commands get as far as showing everything else.
fn parsed_field(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.ends_with("id") || key.contains("date") || key.contains("expire") || key == "currencycode"
}

fn poison(value: &mut Value) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(poison),
        Value::Object(fields) => {
            for (key, value) in fields.iter_mut() {
                match value {
                    Value::String(text) if !parsed_field(key) => text.push_str(PAYLOAD),
                    Value::String(_) => {}
                    other => poison(other),
                }
            }
        }
        _ => {}
    }
}

fn poisoning_proxy(sandbox: SocketAddr) -> Server {
    Server::start(move |request, stream| {
        // The same bytes (the signature covers the Host the client used), one exchange.
        let raw = String::from_utf8_lossy(&request.raw).replacen("\r\n", "\r\nConnection: close\r\n", 1);
        let mut upstream = TcpStream::connect(sandbox).unwrap();
        upstream.write_all(raw.as_bytes()).unwrap();
        let mut answer = Vec::new();
        upstream.read_to_end(&mut answer).unwrap();
        let split = answer.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&answer[..split]).into_owned();
        let status: u16 = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        let body = &answer[split + 4..];
        match serde_json::from_slice::<Value>(body) {
            Ok(mut value) if !request.path.ends_with("/auth/time") => {
                poison(&mut value);
                json(stream, status, &value.to_string());
            }
            _ => respond(stream, status, &[("Content-Type", "application/json")], body),
        }
    })
}

/// A sandbox with one cart made by "another tool", holding a project with a configuration,
/// and a poisoning proxy in front of it.
async fn poisoned_sandbox() -> (Sandbox, Server, String) {
    let sandbox = common::start(SandboxOptions::default()).await;
    let client = common::demo(&sandbox);
    let (cart, offers) = flow::prepare_cart(&client, "FR", "made elsewhere").await.unwrap();
    let plan = flow::pick_plan(&offers, "project.2018").unwrap();
    let item = flow::add_project(&client, &cart.cart_id, &plan.creation()).await.unwrap();
    flow::set_configuration(
        &client,
        &cart.cart_id,
        item.item_id,
        ovhcart::api::products::ConfigLabel::Description,
        "a project",
    )
    .await
    .unwrap();
    let addr: SocketAddr = sandbox.base_url().trim_start_matches("http://").trim_end_matches("/1.0").parse().unwrap();
    let proxy = poisoning_proxy(addr);
    (sandbox, proxy, cart.cart_id)
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f).await.unwrap()
}

// ---------------------------------------------------------------------------------------
// Escape sequences.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn texts_from_the_api_reach_the_terminal_cleaned_and_json_keeps_them_exact() {
    let (_sandbox, proxy, cart_id) = poisoned_sandbox().await;
    let url = proxy.base_url();

    let (u, c) = (url.clone(), cart_id.clone());
    let (list, show, json_show) = blocking(move || {
        (ovhcart(&u, &["carts"]), ovhcart(&u, &["cart", "show", &c]), ovhcart(&u, &["cart", "show", &c, "--json"]))
    })
    .await;
    for (what, run) in [("carts", &list), ("cart show", &show)] {
        assert_eq!(run.code, 0, "{what}: {}", run.err());
        assert_terminal_safe(&format!("{what} stdout"), &run.stdout);
        assert_terminal_safe(&format!("{what} stderr"), &run.stderr);
        // The texts are there, their controls shown as placeholders.
        assert!(run.out().contains("made elsewhere\u{fffd}"), "{what}: {}", run.out());
    }
    let shown = show.out();
    for text in ["a project\u{fffd}", "project.2018\u{fffd}"] {
        assert!(shown.contains(text), "cart show shows {text:?}: {shown}");
    }

    // --json: the exact values, escaped by JSON.
    assert_eq!(json_show.code, 0, "{}", json_show.err());
    assert!(!json_show.stdout.contains(&0x1b), "JSON escapes ESC");
    let document: Value = serde_json::from_slice(&json_show.stdout).unwrap();
    let text = document.to_string();
    assert!(text.contains(&serde_json::to_string(&format!("made elsewhere{PAYLOAD}")).unwrap()), "{text}");
    drop(proxy);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_api_errors_are_cleaned_in_order_carts_and_plain() {
    let server = hostile_errors();
    let url = server.base_url();
    let runs = blocking(move || {
        vec![
            ("order", ovhcart(&url, &["order", "--name", "x", "--dry-run"])),
            ("carts", ovhcart(&url, &["carts"])),
            ("cart show", ovhcart(&url, &["cart", "show", "c1"])),
            ("order status", ovhcart(&url, &["order", "status", "12"])),
            ("plain wizard", ovhcart(&url, &["--plain"])),
            ("order --json", ovhcart(&url, &["order", "--name", "x", "--dry-run", "--json"])),
        ]
    })
    .await;
    for (what, run) in &runs {
        assert_terminal_safe(&format!("{what} stdout"), &run.stdout);
        assert_terminal_safe(&format!("{what} stderr"), &run.stderr);
        let all = format!("{}{}", run.out(), run.err());
        assert!(all.contains("Cart refused \u{fffd}"), "{what} shows the message: {all}");
    }
    for (what, run) in &runs[..4] {
        assert_eq!(run.code, 1, "{what}: {}", run.err());
    }
    let (_, json_run) = &runs[5];
    let document: Value = serde_json::from_slice(&json_run.stdout).unwrap();
    let message = document["error"]["message"].as_str().unwrap();
    assert!(message.contains(&format!("Cart refused {PAYLOAD} now")), "JSON keeps the exact message: {message:?}");
}

// ---------------------------------------------------------------------------------------
// The full-screen wizard in a pty.

#[test]
fn the_wizard_shows_a_hostile_error_without_obeying_it() {
    let server = hostile_errors();
    let env = [
        ("LC_ALL", "C"),
        ("OVH_APPLICATION_KEY", accounts::APPLICATION_KEY),
        ("OVH_APPLICATION_SECRET", accounts::APPLICATION_SECRET),
        ("OVH_CONSUMER_KEY", accounts::CONSUMER_KEY),
    ];
    let mut session = pty::Session::start_with_env(&format!("--endpoint {}", server.base_url()), &env);
    session.wait_for("Cart refused");
    // A few more frames.
    std::thread::sleep(Duration::from_millis(300));
    let screen = session.screen();
    assert!(screen.contains("Cart refused") && screen.contains("evil"), "the message shows: {screen}");
    session.send(b"\x03");
    session.wait_for("EXIT=");

    let raw = session.raw.lock().unwrap().clone();
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("\u{fffd}"), "the placeholders were drawn");
    // The wizard draws with CSI sequences of its own; none of the payload's may pass.
    for (what, needle) in [
        ("OSC 52 (clipboard)", "\u{1b}]52"),
        ("OSC 0 (title)", "\u{1b}]0;"),
        ("BEL", "\u{7}"),
        ("the payload's SGR", "5;6;7m"),
        ("C1 CSI", "\u{9b}"),
        ("RLO", "\u{202e}"),
        ("backspace", "\u{8}"),
    ] {
        assert!(!text.contains(needle), "{what} reached the terminal");
    }
}

// ---------------------------------------------------------------------------------------
// Redirects.

fn redirecting_to(target: &Server, also_time: bool) -> Server {
    let to = target.base_url();
    Server::start(move |request, stream| {
        if also_time || !answers_time(request, stream) {
            let location = format!("{to}{}", request.path.trim_start_matches("/1.0"));
            respond(stream, 302, &[("Location", &location)], b"");
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redirects_are_never_followed_and_no_credential_reaches_the_other_host() {
    let other = Server::start(|request, stream| {
        if !answers_time(request, stream) {
            json(stream, 200, "[]");
        }
    });
    let signed = redirecting_to(&other, false);
    let everything = redirecting_to(&other, true);
    let (s, e, o) = (signed.base_url(), everything.base_url(), other.base_url());
    let runs = blocking(move || {
        vec![
            ("signed call", ovhcart(&s, &["carts"])),
            ("signed call, JSON", ovhcart(&s, &["carts", "--json"])),
            ("first call", ovhcart(&e, &["order", "--name", "x", "--dry-run"])),
            ("login", ovhcart(&e, &["login", "--json"])),
            (
                "OAuth2 token",
                ovhcart_env(
                    &e,
                    &["carts"],
                    &[
                        ("OVH_APPLICATION_KEY", ""),
                        ("OVH_APPLICATION_SECRET", ""),
                        ("OVH_CONSUMER_KEY", ""),
                        ("OVH_CLIENT_ID", "id"),
                        ("OVH_CLIENT_SECRET", "secret"),
                    ],
                ),
            ),
        ]
    })
    .await;
    for (what, run) in &runs {
        assert_eq!(run.code, 1, "{what}: {}{}", run.out(), run.err());
        let all = format!("{}{}", run.out(), run.err());
        assert!(all.contains("302") && all.contains(&o), "{what} names the status and the Location: {all}");
        assert!(all.contains("endpoint may be wrong"), "{what} hints at the endpoint: {all}");
        assert_terminal_safe(what, &run.stderr);
    }
    let json: Value = serde_json::from_slice(&runs[1].1.stdout).unwrap();
    assert_eq!(json["error"]["kind"], "invalidResponse");
    assert!(signed.count("/1.0/order/cart") >= 1 && everything.count("/auth/oauth2/token") >= 1);
    let reached = other.requests();
    assert!(reached.iter().all(|r| !r.has_ovh_header()), "an X-Ovh header reached the other host: {reached:?}");
    assert!(reached.is_empty(), "the other host was never asked anything: {reached:?}");
}

// ---------------------------------------------------------------------------------------
// Oversized, slow, invalid and deep answers.

/// 300 MB of a JSON array, with no length announced, until the client hangs up.
fn endless_body(request: &Request, stream: &mut TcpStream, total: usize) {
    if answers_time(request, stream) {
        return;
    }
    let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[";
    if stream.write_all(head.as_bytes()).is_err() {
        return;
    }
    let chunk = "1,".repeat(32 * 1024);
    let mut sent = 0;
    while sent < total {
        if stream.write_all(chunk.as_bytes()).is_err() {
            return;
        }
        sent += chunk.len();
    }
    let _ = stream.write_all(b"1]");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_body_is_refused_while_it_streams_and_memory_stays_bounded() {
    const TOTAL: usize = 300 * 1024 * 1024;
    let streamed = Arc::new(AtomicUsize::new(0));
    let counter = streamed.clone();
    let endless = Server::start(move |request, stream| {
        counter.fetch_add(1, Ordering::SeqCst);
        endless_body(request, stream, TOTAL)
    });
    let announced = Server::start(|request, stream| {
        if !answers_time(request, stream) {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 314572800\r\nConnection: close\r\n\r\n[1";
            let _ = stream.write_all(head.as_bytes());
        }
    });
    let usual = Server::start(|request, stream| {
        if !answers_time(request, stream) {
            json(stream, 200, "[]");
        }
    });
    let (e, a, u) = (endless.base_url(), announced.base_url(), usual.base_url());
    let (run, short, baseline) =
        blocking(move || (ovhcart(&e, &["carts"]), ovhcart(&a, &["carts", "--json"]), ovhcart(&u, &["carts"]))).await;
    assert_eq!(baseline.code, 0, "{}", baseline.err());
    assert_eq!(run.code, 1, "{}", run.err());
    assert!(run.err().contains("longer than 8 MiB"), "{}", run.err());
    eprintln!(
        "peak RSS of `ovhcart carts`: {} KiB against an endless 300 MB body (refused after {:?}), {} KiB against an empty list",
        run.max_rss_kib, run.elapsed, baseline.max_rss_kib
    );
    assert!(run.max_rss_kib < 100 * 1024, "peak RSS {} KiB", run.max_rss_kib);
    assert!(run.elapsed < Duration::from_secs(30), "refused early: {:?}", run.elapsed);
    // Refused, so not retried.
    assert_eq!(endless.count("/1.0/order/cart"), 1);
    assert_eq!(short.code, 1);
    let json: Value = serde_json::from_slice(&short.stdout).unwrap();
    assert_eq!(json["error"]["kind"], "invalidResponse");
    assert!(json["error"]["message"].as_str().unwrap().contains("longer than 8 MiB"), "{json}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_body_times_out_and_is_retried_within_the_budget() {
    let slow = Server::start(|request, stream| {
        if answers_time(request, stream) {
            return;
        }
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n";
        let _ = stream.write_all(head.as_bytes());
        for _ in 0..1000 {
            if stream.write_all(b" ").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let url = slow.base_url();
    let run = blocking(move || ovhcart(&url, &["carts", "--request-timeout", "1", "--retry-budget", "3"])).await;
    assert_eq!(run.code, 1, "{}", run.err());
    assert!(run.err().contains("no answer before the timeout"), "{}", run.err());
    let attempts = slow.count("/1.0/order/cart");
    eprintln!("slow body, --request-timeout 1 --retry-budget 3: {attempts} attempts, ended after {:?}", run.elapsed);
    assert!(attempts >= 2, "a timeout is a transient fault, retried: {attempts} attempts");
    assert!(run.elapsed < Duration::from_secs(10), "within the budget: {:?}", run.elapsed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_utf8_and_deep_nesting_end_with_a_clear_error() {
    let server = Server::start(|request, stream| {
        if answers_time(request, stream) {
            return;
        }
        let path = request.path.as_str();
        match path {
            "/1.0/order/cart" => json(stream, 200, r#"["c1","c2"]"#),
            "/1.0/order/cart/c1/item" | "/1.0/order/cart/c2/item" => json(stream, 200, "[]"),
            // Invalid UTF-8 inside a string of a success answer.
            "/1.0/order/cart/c1" => respond(
                stream,
                200,
                &[("Content-Type", "application/json")],
                b"{\"cartId\":\"c1\",\"description\":\"bad \xff\xfe\x1b[2J\",\"expire\":\"2030-01-01T00:00:00Z\",\"readOnly\":false,\"items\":[]}",
            ),
            // Not JSON, not UTF-8, with escape sequences: an error page from "a proxy".
            _ if path.starts_with("/1.0/me/order/7") => {
                respond(stream, 502, &[], b"\xff\xfe\x1b]0;pwned\x07\x1b[2J<html>bad gateway</html>")
            }
            // 100 000 nested arrays, in a field the cart does not have.
            _ => json(stream, 200, &format!("{{\"cartId\":\"c2\",\"extra\":{}", "[".repeat(100_000))),
        }
    });
    let url = server.base_url();
    let runs = blocking(move || {
        vec![
            ("invalid UTF-8", ovhcart(&url, &["cart", "show", "c1", "--retry-budget", "0"])),
            ("error page", ovhcart(&url, &["order", "status", "7", "--retry-budget", "0"])),
            ("deep nesting", ovhcart(&url, &["cart", "show", "c2", "--retry-budget", "0"])),
        ]
    })
    .await;
    for (what, run) in &runs {
        assert_eq!(run.code, 1, "{what}: {}", run.err());
        assert_terminal_safe(what, &run.stderr);
        assert_terminal_safe(what, &run.stdout);
    }
    assert!(runs[0].1.err().contains("not the expected JSON"), "{}", runs[0].1.err());
    assert!(runs[1].1.err().contains("HTTP 502, not an API answer"), "{}", runs[1].1.err());
    assert!(runs[2].1.err().contains("not the expected JSON"), "{}", runs[2].1.err());
}

// ---------------------------------------------------------------------------------------
// Clear http and the sandbox's address.

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_never_go_over_clear_http_to_another_host_unless_allowed() {
    let server = Server::start(|request, stream| {
        if !answers_time(request, stream) {
            json(stream, 200, "[]");
        }
    });
    // 0.0.0.0 is not a loopback address, yet on Linux a connection to it reaches this
    // machine: the refusal is tested without talking to anything but ourselves.
    let url = format!("http://0.0.0.0:{}/1.0", server.addr.port());
    let u = url.clone();
    let refused = blocking(move || ovhcart(&u, &["carts"])).await;
    assert_eq!(refused.code, 2, "{}", refused.err());
    assert!(refused.err().contains("--allow-clear-http") && refused.err().contains("clear text"), "{}", refused.err());
    assert!(server.requests().is_empty(), "nothing was sent");
    let u = url.clone();
    let (login, plain, doctor) = blocking(move || {
        (ovhcart(&u, &["login", "--json"]), ovhcart(&u, &["--plain"]), ovhcart(&u, &["doctor", "--json"]))
    })
    .await;
    assert_eq!((login.code, plain.code), (2, 2), "{}{}", login.err(), plain.err());
    assert_eq!(doctor.code, 1, "{}", doctor.err());
    for run in [&login, &plain, &doctor] {
        let all = format!("{}{}", run.out(), run.err());
        assert!(all.contains("--allow-clear-http"), "{all}");
    }
    assert!(server.requests().is_empty(), "login, the wizard and doctor sent nothing either");

    let allowed = blocking(move || ovhcart(&url, &["carts", "--allow-clear-http"])).await;
    assert_eq!(allowed.code, 0, "{}", allowed.err());
    assert!(server.requests().iter().any(|r| r.has_ovh_header()), "sent when allowed");
}

#[test]
fn the_sandbox_listens_beyond_loopback_only_when_told() {
    let output = Command::new(env!("CARGO_BIN_EXE_ovhcart"))
        .args(["sandbox", "--listen", "0.0.0.0:0"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.contains("refusing to listen on 0.0.0.0:0") && err.contains("--expose"), "{err}");
    assert!(output.stdout.is_empty(), "no credentials handed out");
}

// ---------------------------------------------------------------------------------------
// The retry budget (issue 12), in process.

fn signed_client(url: &str, options: ClientOptions) -> Client {
    let auth = Auth::Signed {
        application_key: accounts::APPLICATION_KEY.into(),
        application_secret: Secret::new(accounts::APPLICATION_SECRET),
        consumer_key: Some(Secret::new(accounts::CONSUMER_KEY)),
    };
    Client::new(url, auth, options).unwrap()
}

fn budget(seconds: f64) -> ClientOptions {
    let retry = RetryPolicy {
        budget: Duration::from_secs_f64(seconds),
        base_delay: Duration::from_millis(50),
        ..RetryPolicy::default()
    };
    ClientOptions { retry, request_timeout: Duration::from_secs(5), ..ClientOptions::default() }
}

/// 503 `n` times (with `Retry-After` when given), then 200.
fn unavailable(times: usize, retry_after: Option<&'static str>) -> Server {
    let count = AtomicUsize::new(0);
    Server::start(move |request, stream| {
        if answers_time(request, stream) {
            return;
        }
        if count.fetch_add(1, Ordering::SeqCst) < times {
            let headers: Vec<(&str, &str)> = retry_after.map(|v| ("Retry-After", v)).into_iter().collect();
            respond(stream, 503, &headers, b"<html>busy</html>");
        } else {
            json(stream, 200, "[]");
        }
    })
}

#[tokio::test]
async fn reads_retry_within_the_budget_and_tell_the_observer() {
    let server = unavailable(usize::MAX, None);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let s = seen.clone();
    let observer: ovhcart::api::client::RetryObserver = Arc::new(move |r: &Retrying| {
        s.lock().unwrap().push((r.method.to_owned(), r.path.to_owned(), r.attempt, r.delay, r.error.kind));
    });
    let client = signed_client(&server.base_url(), ClientOptions { on_retry: Some(observer), ..budget(2.0) });
    let started = Instant::now();
    let error = client.get::<Vec<String>>("/order/cart").await.unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(error.kind, ErrorKind::ServerUnavailable);
    assert!(
        elapsed >= Duration::from_millis(1400) && elapsed < Duration::from_secs(3),
        "the budget holds: {elapsed:?}"
    );
    let attempts = server.count("/1.0/order/cart");
    let seen = seen.lock().unwrap().clone();
    assert!(attempts >= 4, "more than the old fixed 4 tries fit in 2 s of short delays: {attempts}");
    assert_eq!(seen.len(), attempts - 1, "told of every retry");
    for (i, (method, path, attempt, delay, kind)) in seen.iter().enumerate() {
        assert_eq!((method.as_str(), path.as_str(), *kind), ("GET", "/order/cart", ErrorKind::ServerUnavailable));
        assert_eq!(*attempt as usize, i + 2);
        assert!(*delay <= Duration::from_secs(3));
    }
    eprintln!("503 for ever, budget 2 s: {attempts} attempts in {elapsed:?}");

    // A budget of zero: one attempt.
    let server = unavailable(usize::MAX, None);
    let client = signed_client(&server.base_url(), budget(0.0));
    assert!(client.get::<Vec<String>>("/order/cart").await.is_err());
    assert_eq!(server.count("/1.0/order/cart"), 1);
}

#[tokio::test]
async fn retry_after_is_honoured_and_one_past_the_budget_stops_the_call() {
    let server = unavailable(1, Some("1"));
    let client = signed_client(&server.base_url(), budget(5.0));
    let started = Instant::now();
    let carts: Vec<String> = client.get("/order/cart").await.unwrap();
    assert!(carts.is_empty());
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(950), "waited the second asked: {waited:?}");
    assert_eq!(server.count("/1.0/order/cart"), 2);

    let date = (chrono::Utc::now() + chrono::Duration::seconds(2)).to_rfc2822().replace("+0000", "GMT");
    let date: &'static str = Box::leak(date.into_boxed_str());
    let server = unavailable(1, Some(date));
    let client = signed_client(&server.base_url(), budget(5.0));
    let started = Instant::now();
    let _: Vec<String> = client.get("/order/cart").await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(900), "an HTTP date is waited for too: {:?}", started.elapsed());

    let server = unavailable(usize::MAX, Some("60"));
    let client = signed_client(&server.base_url(), budget(5.0));
    let started = Instant::now();
    let error = client.get::<Vec<String>>("/order/cart").await.unwrap_err();
    assert_eq!(error.kind, ErrorKind::ServerUnavailable);
    assert!(started.elapsed() < Duration::from_secs(1), "no wait past the budget: {:?}", started.elapsed());
    assert_eq!(server.count("/1.0/order/cart"), 1);
}

#[tokio::test]
async fn writes_are_never_resent_blindly() {
    let server = unavailable(usize::MAX, Some("0"));
    let client = signed_client(&server.base_url(), budget(3.0));
    let body = serde_json::json!({ "ovhSubsidiary": "FR" });
    let error = client.post::<_, Value>("/order/cart", &body).await.unwrap_err();
    assert_eq!((error.kind, error.outcome), (ErrorKind::ServerUnavailable, Outcome::Unknown));
    let posts = server.requests().iter().filter(|r| r.method == "POST" && r.path == "/1.0/order/cart").count();
    assert_eq!(posts, 1, "a POST that may have been done is not sent again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn order_says_on_stderr_that_it_is_retrying() {
    let server = unavailable(2, None);
    let url = server.base_url();
    let (text, json) = blocking(move || {
        (
            ovhcart(&url, &["carts", "--retry-budget", "5"]),
            ovhcart(&url, &["order", "status", "3", "--retry-budget", "0"]),
        )
    })
    .await;
    assert_eq!(text.code, 0, "the faults were absorbed: {}", text.err());
    assert!(!text.err().contains("trying again"), "only `order` notes retries");
    assert_eq!(json.code, 1);

    let server = unavailable(2, None);
    let url = server.base_url();
    let (text, json) = blocking(move || {
        (
            ovhcart(&url, &["order", "--name", "x", "--dry-run", "--retry-budget", "5"]),
            ovhcart(&url, &["order", "--name", "x", "--dry-run", "--retry-budget", "0", "--json"]),
        )
    })
    .await;
    // The server answers `[]` to everything once its faults are spent: the order stops
    // later for that, but the retries were noted on the way.
    let err = text.err();
    assert!(err.contains("trying again in") && err.contains(" ms (attempt 2)."), "{err}");
    assert!(!json.err().contains("trying again"), "JSON mode stays quiet: {}", json.err());
}
