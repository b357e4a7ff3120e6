//! How soon the review is ready after the voucher step, on a slow network: the wizard's core
//! with its real effect executor (as the full screen and `--plain` run it) against an
//! embedded sandbox answering every request after `PERF_LATENCY_MS` (default 2000 ms).
//!
//! A person goes through the steps, each as soon as the screen allows it, in two ways:
//! - `reads the plan`: waits on the plan step until the project is in the cart, then gives
//!   the name and the voucher `WELCOME50` at once;
//! - `hurries`: confirms the plan, the name and the voucher without waiting for anything.
//!
//! From the voucher's Enter it times the review showing (the voucher's check answered) and
//! the review ready (the quote read, the cart holding the name and the voucher), and prints
//! them in round trips (time ÷ latency), with the timeline of requests and answers.
//!
//! `cargo bench --bench review_latency` (release, 3 runs of each way, medians); under
//! `cargo test --benches` it runs once at 100 ms as a check.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use ovhcart::api::Endpoint;
use ovhcart::app::keymap::Action;
use ovhcart::app::{Effect, Init, Msg, State, Step, start, update};
use ovhcart::engine::effects::{Executor, FrontEnd, Services};
use ovhcart::sandbox::{Sandbox, SandboxOptions};

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let latency_ms: u64 = env_or("PERF_LATENCY_MS", if full { 2000 } else { 100 });
    let runs: usize = env_or("PERF_RUNS", if full { 3 } else { 1 });
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    println!("review latency: sandbox latency {latency_ms} ms, {runs} run(s) of each way");
    println!("{:<18} {:>22} {:>22} {:>22}", "", "voucher → review", "review → ready", "voucher → ready");
    for way in [Way::ReadsThePlan, Way::Hurries] {
        let mut timings: Vec<Timing> = Vec::new();
        for run in 0..runs {
            let timing = runtime.block_on(measure(way, Duration::from_millis(latency_ms)));
            if run == 0 && full {
                timing.print_timeline(latency_ms);
            }
            timings.push(timing);
        }
        let median = |pick: fn(&Timing) -> Duration| {
            let mut all: Vec<Duration> = timings.iter().map(pick).collect();
            all.sort();
            all[all.len() / 2]
        };
        let cell = |d: Duration| format!("{:>7.2} s {:>5.1} RT", d.as_secs_f64(), ms(d) / latency_ms as f64);
        println!(
            "{:<18} {:>22} {:>22} {:>22}",
            way.name(),
            cell(median(|t| t.review - t.voucher)),
            cell(median(|t| t.ready - t.review)),
            cell(median(|t| t.ready - t.voucher)),
        );
    }
}

#[derive(Debug, Clone, Copy)]
enum Way {
    ReadsThePlan,
    Hurries,
}

impl Way {
    fn name(self) -> &'static str {
        match self {
            Way::ReadsThePlan => "reads the plan",
            Way::Hurries => "hurries",
        }
    }
}

struct Timing {
    voucher: Instant,
    review: Instant,
    ready: Instant,
    /// What was sent and answered from the voucher's Enter on, with when.
    timeline: Vec<(Instant, String)>,
}

impl Timing {
    fn print_timeline(&self, latency_ms: u64) {
        for (at, what) in &self.timeline {
            let since = at.saturating_duration_since(self.voucher);
            println!("    +{:>5.2} s ({:>4.1} RT)  {what}", since.as_secs_f64(), ms(since) / latency_ms as f64);
        }
    }
}

/// The core with the real executor; every effect and answer is noted with its time.
struct Driver {
    state: State,
    executor: Executor,
    results: tokio::sync::mpsc::UnboundedReceiver<Msg>,
    timeline: Vec<(Instant, String)>,
}

impl Driver {
    fn run(&mut self, effects: Vec<Effect>) {
        for effect in effects {
            self.timeline.push((Instant::now(), format!("sent     {}", effect_name(&effect))));
            if !matches!(effect, Effect::Quit { .. }) {
                self.executor.spawn(effect);
            }
        }
    }

    fn send(&mut self, msg: Msg) {
        let effects = update(&mut self.state, msg);
        self.run(effects);
    }

    fn act(&mut self, action: Action) {
        self.send(Msg::Act(action));
    }

    /// Applies answers until `done` holds; when it first held.
    async fn until(&mut self, done: impl Fn(&State) -> bool) -> Instant {
        while !done(&self.state) {
            let msg = tokio::time::timeout(Duration::from_secs(120), self.results.recv())
                .await
                .expect("an answer within two minutes")
                .expect("the executor is alive");
            self.timeline.push((Instant::now(), format!("answered {}", answer_name(&msg))));
            self.send(msg);
        }
        Instant::now()
    }
}

async fn measure(way: Way, latency: Duration) -> Timing {
    let sandbox: Sandbox = common::start(SandboxOptions { latency, ..common::fast_delivery() }).await;
    let endpoint = Endpoint::parse(&sandbox.base_url()).expect("the sandbox's URL");
    let data_dir = tempfile::tempdir().expect("a data dir");
    let state = State::new(Init { preselect: Some("FR".into()), ..common::init::init_for(&endpoint) });
    let services = Services {
        client: common::demo_retrying(&sandbox),
        endpoint,
        data_dir: Some(data_dir.path().to_path_buf()),
        follow_interval: Duration::from_millis(100),
        front_end: FrontEnd::Wizard,
    };
    let (tx, results) = tokio::sync::mpsc::unbounded_channel();
    let mut d = Driver { state, executor: Executor::new(services, tx), results, timeline: Vec::new() };
    let effects = start(&mut d.state);
    d.run(effects);
    d.until(|s| s.account.ready().is_some()).await;
    d.act(Action::Confirm);
    d.until(|s| !s.offers().is_empty()).await;
    d.act(Action::Confirm);
    assert_eq!(d.state.step, Step::Name);
    if let Way::ReadsThePlan = way {
        d.until(|s| s.pipeline.item.ready().is_some()).await;
    }
    d.act(Action::Confirm);
    assert_eq!(d.state.step, Step::Voucher);
    d.send(Msg::SetText("WELCOME50".into()));
    d.timeline.clear();
    let voucher = Instant::now();
    d.act(Action::Confirm);
    let review = d.until(|s| s.step == Step::Review).await;
    let ready = d.until(|s| s.quote().is_some() && s.cart_settled()).await;
    let timeline = std::mem::take(&mut d.timeline);
    Timing { voucher, review, ready, timeline }
}

/// An effect by its name, with the label and the way of a configuration's write.
fn effect_name(effect: &Effect) -> String {
    let debug = format!("{effect:?}");
    let name = debug.split([' ', '{', '(']).next().unwrap_or_default().to_owned();
    match effect {
        Effect::SetConfiguration { .. } | Effect::RemoveConfiguration { .. } => {
            let fields = |key: &str| {
                debug.split(&format!("{key}: ")).nth(1).map(|v| v.split([',', ' ']).next().unwrap_or(v).to_owned())
            };
            let label = fields("label").unwrap_or_default();
            let how = match fields("absent").as_deref() {
                Some("true") => " (added at once)",
                Some(_) => " (the item read first)",
                None => "",
            };
            format!("{name} {label}{how}")
        }
        _ => name,
    }
}

fn answer_name(msg: &Msg) -> String {
    match msg {
        Msg::ConfigurationSet { label, .. } => format!("ConfigurationSet {label:?}"),
        other => format!("{other:?}").split([' ', '{', '(']).next().unwrap_or_default().to_owned(),
    }
}

fn env_or<T: std::str::FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
