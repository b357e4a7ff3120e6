//! Time to order, side by side: one `ovhcart sandbox --latency-ms 100`, then alternately
//! `ovhcart order … --yes --waive-retraction --accept-contracts --json` and the seed's flow done call by call
//! with python-ovh (tests/python/seed_flow.py), each a fresh process timed from spawn to
//! exit. Prints the median of each and their ratio (target: ovhcart ≤ 0.5 × python).
//!
//! `cargo bench --bench time_to_order` (release binary, 15 runs each); under `cargo test
//! --benches` it runs once each as a check. Knobs: `PERF_RUNS`, `PERF_LATENCY_MS`,
//! `OVHCART_BIN` (another binary to time), `OVHCART_BASELINE_BIN` (a third contender, e.g.
//! an older build, timed in the same alternation).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let runs: usize = env_or("PERF_RUNS", if full { 15 } else { 1 });
    let latency_ms: u64 = env_or("PERF_LATENCY_MS", 100);
    // Absolute: the commands run in a temporary directory.
    let absolute = |p: PathBuf| std::fs::canonicalize(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let bin = absolute(
        std::env::var_os("OVHCART_BIN").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_ovhcart")), PathBuf::from),
    );
    let baseline = std::env::var_os("OVHCART_BASELINE_BIN").map(PathBuf::from).map(absolute);
    let python_path = ensure_python_ovh();

    let sandbox = Sandbox::start(&bin, latency_ms);
    let home = tempfile::tempdir().expect("temporary home");
    let (sandbox, home, bin_ref) = (&sandbox, home.path(), bin.as_path());
    type Make<'a> = Box<dyn Fn() -> Command + 'a>;
    let mut contenders: Vec<(String, Make)> = vec![
        ("ovhcart order".into(), Box::new(move || order_command(bin_ref, sandbox, home))),
        ("python-ovh seed flow".into(), Box::new(|| python_command(&python_path, sandbox, home))),
    ];
    if let Some(old) = &baseline {
        contenders.push(("baseline ovhcart order".into(), Box::new(move || order_command(old, sandbox, home))));
    }
    println!("time to order: {runs} run(s) each, sandbox latency {latency_ms} ms, binary {}", bin.display());

    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); contenders.len()];
    for run in 0..runs {
        // Alternate who goes first, so that a slow moment of the machine hits both.
        for k in 0..contenders.len() {
            let index = (k + run) % contenders.len();
            let (name, make) = &contenders[index];
            times[index].push(time_one(name, make()));
        }
    }

    let python_start =
        median(&(0..runs.min(5)).map(|_| time_one("python import", python_import(&python_path))).collect::<Vec<_>>());
    let medians: Vec<Duration> = times.iter().map(|t| median(t)).collect();
    println!("{:<28} {:>10} {:>10} {:>10} {:>14}", "", "median", "min", "max", "≈ round trips");
    for ((name, _), (t, m)) in contenders.iter().zip(times.iter().zip(&medians)) {
        let trips = m.as_secs_f64() * 1000.0 / latency_ms.max(1) as f64;
        println!(
            "{name:<28} {:>8.0}ms {:>8.0}ms {:>8.0}ms {trips:>14.1}",
            ms(*m),
            ms(*t.iter().min().expect("runs")),
            ms(*t.iter().max().expect("runs"))
        );
    }
    println!("python3 start with `import ovh`: {:.0} ms (part of the python-ovh time)", ms(python_start));
    println!("ratio ovhcart / python-ovh: {:.2} (target ≤ 0.50)", medians[0].as_secs_f64() / medians[1].as_secs_f64());
    if baseline.is_some() {
        println!("ratio ovhcart / baseline: {:.2}", medians[0].as_secs_f64() / medians[2].as_secs_f64());
    }
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn median(times: &[Duration]) -> Duration {
    let mut sorted = times.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

/// Runs `command` to the end and returns its wall time; a failed run is not a measurement.
fn time_one(name: &str, mut command: Command) -> Duration {
    let started = Instant::now();
    let output = command.output().unwrap_or_else(|e| panic!("{name}: cannot run: {e}"));
    let elapsed = started.elapsed();
    assert!(
        output.status.success(),
        "{name} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    elapsed
}

/// An `ovhcart sandbox` process and the variables it printed.
struct Sandbox {
    child: Child,
    exports: Vec<(String, String)>,
}

impl Sandbox {
    fn start(bin: &Path, latency_ms: u64) -> Sandbox {
        let mut child = Command::new(bin)
            .args(["sandbox", "--listen", "127.0.0.1:0", "--latency-ms", &latency_ms.to_string()])
            .env("HOME", std::env::temp_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("ovhcart sandbox starts");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut exports = Vec::new();
        // Four `export NAME='value'` lines, then it serves.
        for line in BufReader::new(stdout).lines().take(10) {
            let line = line.expect("sandbox output");
            if let Some((name, value)) = line.strip_prefix("export ").and_then(|l| l.split_once('=')) {
                exports.push((name.to_owned(), value.trim_matches('\'').to_owned()));
            }
            if exports.len() == 4 {
                break;
            }
        }
        assert_eq!(exports.len(), 4, "the sandbox did not print its endpoint and keys");
        Sandbox { child, exports }
    }

    fn var(&self, name: &str) -> &str {
        self.exports.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).expect("printed")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A command with a clean environment: no ovh.conf, no OVH_* or OVHCART_* from outside.
fn clean(program: impl AsRef<std::ffi::OsStr>, sandbox: &Sandbox, home: &Path) -> Command {
    let mut command = Command::new(program);
    for (name, _) in std::env::vars() {
        if name.starts_with("OVH_") || name.starts_with("OVHCART_") {
            command.env_remove(name);
        }
    }
    command.current_dir(home).env("HOME", home).env("OVHCART_DATA_DIR", home).env("LC_ALL", "C");
    command.envs(sandbox.exports.iter().map(|(n, v)| (n.as_str(), v.as_str())));
    command.stdin(Stdio::null());
    command
}

fn order_command(bin: &Path, sandbox: &Sandbox, home: &Path) -> Command {
    let mut command = clean(bin, sandbox, home);
    command
        .args(["--endpoint", sandbox.var("OVH_ENDPOINT"), "--subsidiary", "FR", "order", "--name", "Projet démo"])
        .args(["--waive-retraction", "--accept-contracts", "--yes", "--json"]);
    command
}

fn python_command(python_path: &Path, sandbox: &Sandbox, home: &Path) -> Command {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python/seed_flow.py");
    let mut command = clean("python3", sandbox, home);
    command.arg(script).arg("flow").env("PYTHONPATH", python_path);
    command
}

fn python_import(python_path: &Path) -> Command {
    let mut command = Command::new("python3");
    command.args(["-c", "import ovh"]).env("PYTHONPATH", python_path);
    command
}

/// python-ovh 1.2.0, installed into target/python-ovh when it cannot be imported (as
/// tests/sandbox_python.rs does).
fn ensure_python_ovh() -> PathBuf {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("target").join("python-ovh");
    let importable = || python_import(&path).status().is_ok_and(|s| s.success());
    if !importable() {
        let status = Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "--target"])
            .arg(&path)
            .arg("ovh==1.2.0")
            .status()
            .expect("python3 runs");
        assert!(status.success() && importable(), "python-ovh 1.2.0 could not be installed");
    }
    path
}
