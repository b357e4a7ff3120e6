//! The wizard in a pseudo-terminal against its sandbox with `--latency-ms 1000`:
//! - time from spawn to the first frame (the step bar drawn), target ≤ 50 ms;
//! - time from a key press (Down) to its drawn effect while the account is still loading,
//!   target: within one frame (the loop draws right after the key);
//! - idle: CPU time (from /proc/<pid>/task/*/schedstat, in ns) and bytes written to the
//!   terminal during a window without input once the screen has settled; target: no
//!   redraw (0 bytes) and under 1 ms of CPU per 10 s;
//! - peak memory (VmHWM) after reaching the plan screen, target < 20 MB.
//!
//! Numbers are printed, not asserted (machines are noisy). `cargo bench --bench
//! responsiveness` uses a 10 s idle window; under `cargo test --benches` it is 2 s.
//! `PERF_IDLE_SECS` overrides it.

#[path = "../tests/common/pty_reader.rs"]
mod pty_reader;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;

const ROWS: u16 = 40;
const COLS: u16 = 120;

type Predicate = Box<dyn Fn(&vt100::Screen) -> bool + Send>;

/// What the reader thread shares: the parsed screen, the byte count, and one watch whose
/// predicate it checks after every chunk, so that times are taken when bytes arrive, not
/// when the main thread happens to look.
struct Shared {
    parser: vt100::Parser,
    bytes: usize,
    watch: Option<(Predicate, Option<Instant>)>,
}

struct Session {
    shared: Arc<Mutex<Shared>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    pid: u32,
    spawned: Instant,
    _dirs: [tempfile::TempDir; 2],
}

impl Session {
    fn start(first_watch: Predicate) -> Session {
        let pty = pty_reader::open((COLS, ROWS));
        let bin = std::env::var("OVHCART_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_ovhcart").to_owned());
        let bin = std::fs::canonicalize(&bin).unwrap_or_else(|e| panic!("{bin}: {e}"));
        let mut cmd = CommandBuilder::new(bin);
        cmd.args(["--sandbox", "--latency-ms", "1000"]);
        let dirs = [tempfile::tempdir().expect("home"), tempfile::tempdir().expect("data")];
        cmd.env("HOME", dirs[0].path());
        cmd.env("OVHCART_DATA_DIR", dirs[1].path());
        cmd.env("TERM", "xterm-256color");
        cmd.env("LC_ALL", "C");
        cmd.env_remove("NO_COLOR");
        let shared = Arc::new(Mutex::new(Shared {
            parser: vt100::Parser::new(ROWS, COLS, 0),
            bytes: 0,
            watch: Some((first_watch, None)),
        }));
        let writer = pty.master.take_writer().expect("writer");
        let s = shared.clone();
        pty_reader::read_on_thread(&*pty.master, move |chunk| {
            let now = Instant::now();
            let mut shared = s.lock().expect("lock");
            shared.parser.process(chunk);
            shared.bytes += chunk.len();
            let Shared { parser, watch, .. } = &mut *shared;
            if let Some((predicate, seen @ None)) = watch
                && predicate(parser.screen())
            {
                *seen = Some(now);
            }
        });
        let spawned = Instant::now();
        let child = pty.slave.spawn_command(cmd).expect("ovhcart starts");
        drop(pty.slave);
        let pid = child.process_id().expect("a pid");
        // The master must outlive the child, or the child gets SIGHUP.
        std::mem::forget(pty.master);
        Session { shared, writer, child, pid, spawned, _dirs: dirs }
    }

    /// When the current watch's predicate first held, waiting up to 30 s for it.
    fn watched(&self) -> Instant {
        let start = Instant::now();
        loop {
            if let Some((_, Some(at))) = &self.shared.lock().expect("lock").watch {
                return *at;
            }
            assert!(start.elapsed() < Duration::from_secs(30), "never happened; screen:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn watch(&self, predicate: Predicate) {
        let mut shared = self.shared.lock().expect("lock");
        // It may already hold (checked here, since no chunk may come).
        let seen = predicate(shared.parser.screen()).then(Instant::now);
        shared.watch = Some((predicate, seen));
    }

    fn screen(&self) -> String {
        self.shared.lock().expect("lock").parser.screen().contents()
    }

    fn bytes(&self) -> usize {
        self.shared.lock().expect("lock").bytes
    }

    fn send(&mut self, bytes: &[u8]) -> Instant {
        self.writer.write_all(bytes).expect("write");
        self.writer.flush().expect("flush");
        Instant::now()
    }

    fn wait_for(&self, text: &'static str) {
        self.watch(Box::new(move |s| s.contents().contains(text)));
        self.watched();
    }
}

/// The highlighted row of the subsidiary list (`│ > GB …`).
fn highlighted(screen: &vt100::Screen) -> Option<String> {
    screen.contents().lines().find(|l| l.starts_with("│ > ")).map(str::to_owned)
}

/// CPU time of every thread of `pid`, in nanoseconds (schedstat's first field).
fn cpu_ns(pid: u32) -> u64 {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).expect("/proc is readable");
    tasks
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// utime + stime in clock ticks (/proc/<pid>/stat fields 14 and 15), as a cross-check.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("stat");
    // The command name may hold spaces; fields are counted after its closing parenthesis.
    let after = &stat[stat.rfind(')').expect("comm") + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap_or(0) + fields[12].parse::<u64>().unwrap_or(0)
}

fn status_kb(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("status");
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let idle_secs: u64 =
        std::env::var("PERF_IDLE_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(if full { 10 } else { 2 });

    // First frame: the step bar, drawn before any answer of the API (1 s away).
    let mut s = Session::start(Box::new(|screen| screen.contents().contains("1 Subsidiary")));
    let first_frame = s.watched() - s.spawned;

    // Key presses while `GET /auth/time` and `GET /me` are pending (2 s with this latency).
    let mut key_times = Vec::new();
    for _ in 0..5 {
        std::thread::sleep(Duration::from_millis(50));
        let before = highlighted(s.shared.lock().expect("lock").parser.screen());
        s.watch(Box::new(move |screen| highlighted(screen).is_some_and(|h| Some(&h) != before.as_ref())));
        let sent = s.send(b"\x1b[B");
        key_times.push(s.watched().saturating_duration_since(sent));
    }
    let still_loading = !s.screen().contains("your account's");

    // Idle: once the account is shown and the spinner has stopped.
    s.wait_for("your account's");
    std::thread::sleep(Duration::from_millis(500));
    let (cpu0, ticks0, bytes0) = (cpu_ns(s.pid), cpu_ticks(s.pid), s.bytes());
    std::thread::sleep(Duration::from_secs(idle_secs));
    let (cpu1, ticks1, bytes1) = (cpu_ns(s.pid), cpu_ticks(s.pid), s.bytes());

    // Peak memory after one more screen (the cart prepared, offers shown).
    s.send(b"\r");
    s.wait_for("Plan code");
    let hwm_kb = status_kb(s.pid, "VmHWM:");
    let rss_kb = status_kb(s.pid, "VmRSS:");

    s.send(b"\x03");
    s.wait_for("Quit?");
    s.send(b"d");
    let status = s.child.wait().expect("exit status");

    key_times.sort();
    println!("responsiveness (pty {COLS}x{ROWS}, --sandbox --latency-ms 1000)");
    println!("  first frame after spawn:       {:>8.1} ms  (target ≤ 50 ms)", ms(first_frame));
    println!(
        "  key press to drawn effect:     {:>8.2} ms median, {:.2} ms max of {} (request pending: {still_loading})",
        ms(key_times[key_times.len() / 2]),
        ms(*key_times.last().expect("keys")),
        key_times.len()
    );
    println!("idle ({idle_secs} s without input, account loaded, nothing pending)");
    println!("  bytes written to the terminal: {:>8}     (target 0: no redraw)", bytes1 - bytes0);
    let cpu_ms = (cpu1 - cpu0) as f64 / 1e6;
    println!(
        "  CPU time:                      {cpu_ms:>8.3} ms  = {:.3} ms per 10 s (target < 1 ms); {} clock ticks",
        cpu_ms * 10.0 / idle_secs as f64,
        ticks1 - ticks0
    );
    println!("  CPU time since start:          {:>8.1} ms (the counters work)", cpu1 as f64 / 1e6);
    println!("memory");
    println!(
        "  peak (VmHWM) on the plan screen: {:.1} MB, resident now {:.1} MB (target < 20 MB)",
        hwm_kb as f64 / 1024.0,
        rss_kb as f64 / 1024.0
    );
    assert!(status.exit_code() == 130, "the wizard ends as aborted: {status:?}");
}
