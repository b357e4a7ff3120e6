//! Requests per second of the embedded sandbox over loopback: N concurrent clients (each
//! an `api::Client` with its own connection) send signed `GET /me` (signature checked,
//! account looked up), and unsigned `GET /auth/time` as the cost without a signature.
//! Each level stops at a request budget or a time limit, whichever comes first.
//!
//! The clients run in the same process and runtime as the sandbox, so they share its two
//! cores: the figure is a floor for the server alone. `cargo bench --bench sandbox`
//! measures; under `cargo test --benches` each level sends a few hundred requests.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use ovhcart::api::Client;
use ovhcart::api::client::{Auth, ClientOptions};
use ovhcart::sandbox::{Sandbox, SandboxOptions};

const LEVELS: [usize; 4] = [1, 4, 16, 64];

#[derive(Clone, Copy)]
enum Call {
    SignedMe,
    UnsignedTime,
}

impl Call {
    fn name(self) -> &'static str {
        match self {
            Call::SignedMe => "GET /me, signed",
            Call::UnsignedTime => "GET /auth/time, unsigned",
        }
    }

    async fn send(self, client: &Client) {
        let result = match self {
            Call::SignedMe => client.get::<serde_json::Value>("/me").await.map(|_| ()),
            Call::UnsignedTime => client.get_unsigned::<i64>("/auth/time").await.map(|_| ()),
        };
        result.expect("the sandbox answers");
    }
}

struct Level {
    requests: usize,
    elapsed: Duration,
    latencies: Vec<Duration>,
}

async fn run_level(sandbox: &Sandbox, call: Call, clients: usize, budget: usize, limit: Duration) -> Level {
    let credentials = sandbox.credentials();
    let auth = Auth::Signed {
        application_key: credentials.application_key.clone(),
        application_secret: credentials.application_secret.clone().into(),
        consumer_key: Some(credentials.consumer_key.clone().into()),
    };
    let mut ready = Vec::new();
    for _ in 0..clients {
        let client = Client::new(&sandbox.base_url(), auth.clone(), ClientOptions::default()).expect("client");
        // The time delta is fetched once per client, before the clock starts.
        client.time_delta().await.expect("server time");
        ready.push(client);
    }
    let left = Arc::new(AtomicUsize::new(budget));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for client in ready {
        let left = left.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            // Bounded by the shared budget and by the time limit.
            let take = || left.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1)).is_ok();
            while started.elapsed() < limit && take() {
                let sent = Instant::now();
                call.send(&client).await;
                latencies.push(sent.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("client task"));
    }
    let elapsed = started.elapsed();
    latencies.sort();
    Level { requests: latencies.len(), elapsed, latencies }
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let (budget, limit) = if full { (20_000, Duration::from_secs(5)) } else { (300, Duration::from_secs(1)) };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let sandbox = Sandbox::start(SandboxOptions::default()).await.expect("sandbox");
        println!(
            "sandbox load: up to {budget} requests or {} s per level, {} worker threads",
            limit.as_secs(),
            std::thread::available_parallelism().map_or(1, |n| n.get())
        );
        println!("{:<26} {:>8} {:>10} {:>12} {:>10} {:>10}", "call", "clients", "requests", "req/s", "p50", "p99");
        for call in [Call::SignedMe, Call::UnsignedTime] {
            for clients in LEVELS {
                let level = run_level(&sandbox, call, clients, budget, limit).await;
                // The request log would grow with every request: emptied between levels.
                sandbox.clear_requests();
                let pct =
                    |p: f64| level.latencies[((level.latencies.len() - 1) as f64 * p) as usize].as_secs_f64() * 1e3;
                println!(
                    "{:<26} {clients:>8} {:>10} {:>12.0} {:>8.2}ms {:>8.2}ms",
                    call.name(),
                    level.requests,
                    level.requests as f64 / level.elapsed.as_secs_f64(),
                    pct(0.5),
                    pct(0.99)
                );
            }
        }
        sandbox.shutdown().await;
    });
}
