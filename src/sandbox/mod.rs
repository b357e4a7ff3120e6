//! The embedded OVHcloud order API, on 127.0.0.1: `/order/cart`, `/me`, `/auth`,
//! `/cloud`, signed like the real one, with carts, orders that get delivered, and
//! knobs for latency, faults, clock skew and expiry. See `docs/sandbox.md`.

mod account;
mod auth;
mod carts;
mod catalog;
mod checkout;
mod cloud;
mod crash;
mod demo;
mod faults;
mod fixtures;
mod options;
mod orders;
mod pages;
mod pricing;
mod record;
mod reply;
mod router;
mod server;
mod signature;
mod situation;
mod state;

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use auth::TIMESTAMP_TOLERANCE_SECS;
pub use crash::CrashPoint;
pub use demo::DemoCredentials;
pub use faults::{Fault, ScriptedFault};
pub use fixtures::{VOUCHERS, Voucher};
pub use options::{SandboxArgs, SandboxOptions};
pub use record::{Outcome, RecordedRequest};
pub use situation::Situation;

/// Constants of the demo accounts and credentials (public on purpose).
pub mod accounts {
    pub use super::demo::{
        APPLICATION_KEY, APPLICATION_SECRET, CLIENT_ID, CLIENT_SECRET, CONSUMER_KEY, DEMO_ACCOUNT,
        DEMO_PAYMENT_METHOD_ID, OTHER_ACCOUNT, OTHER_CONSUMER_KEY,
    };
}

/// A running sandbox.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<server::Shared>,
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl Sandbox {
    /// Binds `options.listen` and serves in the background of the current runtime.
    /// An address other than loopback is refused unless `options.expose` allows it.
    pub async fn start(options: SandboxOptions) -> std::io::Result<Sandbox> {
        if !options.listen.ip().is_loopback() && !options.expose {
            return Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                format!(
                    "refusing to listen on {}: the sandbox hands its demo credentials to anyone who asks and takes orders; listen on 127.0.0.1, or add --expose if others should reach it",
                    options.listen
                ),
            ));
        }
        let listener = tokio::net::TcpListener::bind(options.listen).await?;
        let addr = listener.local_addr()?;
        let seed = options.seed.unwrap_or_else(|| fastrand::u64(..));
        let to_i64 = |d: std::time::Duration, unit_ms: u128| i64::try_from(d.as_millis() / unit_ms).unwrap_or(i64::MAX);
        let config = state::Config {
            situation: options.situation,
            clock_skew_secs: options.clock_skew_secs,
            cart_ttl_secs: to_i64(options.cart_ttl, 1000),
            delivery_ms: to_i64(options.delivery, 1),
            plan_price_cents: options.plan_price_cents.max(0),
            hds_price_cents: options.hds_price_cents.max(0),
            token_ttl_secs: to_i64(options.token_ttl, 1000),
        };
        let world = state::World::new(config, seed ^ 0x5EED_F1D5);
        let faults = faults::Faults::new(options.fault_rate, seed, options.lose_checkout_answers);
        let instance = format!("{:08x}", fastrand::Rng::with_seed(seed).u32(..));
        let shared =
            Arc::new(server::Shared::new(world, faults, options.latency, options.max_body_bytes.max(1), instance));
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(accept_loop(listener, addr, shared.clone(), stopped));
        Ok(Sandbox { addr, shared, stop, task })
    }

    /// Makes the next `times` requests matching `method` and `path` (`*` wildcards,
    /// API path without `/1.0` and query) meet `fault`.
    pub fn inject_fault(&self, method: &str, path: &str, fault: Fault, times: u32) {
        self.shared.faults.script(ScriptedFault { method: method.to_owned(), path: path.to_owned(), fault, times });
    }

    /// Stages a crash of the client at the `at`-th API request from now (1 is the next):
    /// `victim` (a pid, or one named later with [`Sandbox::set_crash_victim`]) is killed
    /// with SIGKILL at `point`, and the sandbox is down until [`Sandbox::revive`].
    pub fn crash_at(&self, at: u64, point: CrashPoint, victim: Option<u32>) {
        self.shared.crash.arm(at, point, victim);
    }

    /// Stages a crash (with no process to kill) at the next request with `method` and an
    /// API path matching `path` (`*` wildcards), for clients running in the test itself.
    pub fn crash_on(&self, method: &str, path: &str, point: CrashPoint) {
        self.shared.crash.arm_on(method, path, point);
    }

    pub fn set_crash_victim(&self, pid: u32) {
        self.shared.crash.set_victim(pid);
    }

    /// Resolves once the staged crash has happened.
    pub async fn crashed(&self) {
        self.shared.crash.crashed().await;
    }

    /// Serves again after a staged crash, with none planned.
    pub fn revive(&self) {
        self.shared.crash.revive();
    }

    /// Changes the share of requests that meet a random fault (e.g. 0 to inspect the
    /// state a chaos run left).
    pub fn set_fault_rate(&self, rate: f64) {
        self.shared.faults.set_rate(rate);
    }

    /// Moves the sandbox clock to real time plus `secs` from now on (a clock that jumps).
    pub fn set_clock_skew(&self, secs: i64) {
        self.shared.world.lock().unwrap_or_else(|e| e.into_inner()).config.clock_skew_secs = secs;
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT/1.0`.
    pub fn base_url(&self) -> String {
        format!("http://{}/1.0", self.addr)
    }

    /// Where the OAuth2 token endpoint is: `http://127.0.0.1:PORT/auth/oauth2/token`.
    pub fn token_url(&self) -> String {
        format!("http://{}/auth/oauth2/token", self.addr)
    }

    pub fn credentials(&self) -> DemoCredentials {
        DemoCredentials::new()
    }

    /// Shell lines a script can `eval`: the endpoint and the demo credentials.
    pub fn export_lines(&self) -> String {
        let c = self.credentials();
        format!(
            "export OVH_ENDPOINT='{}'\n\
             export OVH_APPLICATION_KEY='{}'\n\
             export OVH_APPLICATION_SECRET='{}'\n\
             export OVH_CONSUMER_KEY='{}'\n\
             # OAuth2 instead of the keys above: OVH_CLIENT_ID='{}' OVH_CLIENT_SECRET='{}' (token URL {})\n",
            self.base_url(),
            c.application_key,
            c.application_secret,
            c.consumer_key,
            c.client_id,
            c.client_secret,
            self.token_url(),
        )
    }

    /// Every request received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.log.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The OAuth2 access tokens issued and not yet dropped as expired (for tests that check
    /// tokens never leak into output or logs).
    pub fn issued_tokens(&self) -> Vec<String> {
        self.shared.world.lock().unwrap_or_else(|e| e.into_inner()).tokens.keys().cloned().collect()
    }

    /// The validation links of consumer keys still waiting to be validated: what a person
    /// would open (for tests of clients that show the link only on screen).
    pub fn validation_urls(&self) -> Vec<String> {
        let world = self.shared.world.lock().unwrap_or_else(|e| e.into_inner());
        world
            .validation_tokens
            .keys()
            .map(|t| format!("http://{}/sandbox/validate?credentialToken={t}", self.addr))
            .collect()
    }

    /// Forgets the recorded requests (state is kept).
    pub fn clear_requests(&self) {
        self.shared.log.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Stops accepting and closes open connections.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

async fn accept_loop(
    listener: tokio::net::TcpListener,
    local: SocketAddr,
    shared: Arc<server::Shared>,
    mut stopped: watch::Receiver<bool>,
) {
    let connections_stop = stopped.clone();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((stream, _peer)) = accepted else {
                    // Out of file descriptors and the like: wait a little instead of spinning.
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                };
                let _ = stream.set_nodelay(true);
                tokio::spawn(server::serve_connection(shared.clone(), stream, local, connections_stop.clone()));
            }
            _ = stopped.changed() => break,
        }
    }
}

/// `ovhcart sandbox`: starts, prints the `export` lines on stdout, serves until Ctrl-C
/// or SIGTERM.
pub async fn serve_until_ctrl_c(args: &SandboxArgs) -> std::io::Result<()> {
    let options = args.options();
    let exposed = !options.listen.ip().is_loopback();
    let sandbox = Sandbox::start(options).await?;
    if exposed {
        eprintln!(
            "warning: the sandbox listens on {}, not only on this machine: anyone who reaches it gets its demo credentials and can place orders",
            sandbox.base_url()
        );
    }
    {
        let mut out = std::io::stdout().lock();
        out.write_all(sandbox.export_lines().as_bytes())?;
        out.flush()?;
    }
    eprintln!("ovhcart sandbox listening on {} (Ctrl-C to stop)", sandbox.base_url());
    wait_for_signal().await;
    sandbox.shutdown().await;
    Ok(())
}

#[cfg(unix)]
async fn wait_for_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::terminate()) {
        Ok(mut term) => {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        Err(_) => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

#[cfg(not(unix))]
async fn wait_for_signal() {
    let _ = tokio::signal::ctrl_c().await;
}

#[cfg(test)]
mod tests {
    /// The sandbox shares the JSON models with the client and nothing else (its own
    /// signature check, its own subsidiary table, its own types for the demo keys), so it
    /// can catch the client's mistakes instead of repeating them. Tests may compare the two.
    #[test]
    fn the_sandbox_uses_only_the_clients_json_models() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/sandbox");
        let mut found = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
            let path = entry.path();
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (number, line) in code.lines().enumerate() {
                let line = line.trim_start();
                if line.starts_with("//") {
                    continue;
                }
                let mut rest = line;
                while let Some(at) = rest.find("crate::api::") {
                    rest = &rest[at + "crate::api::".len()..];
                    if !rest.starts_with("models") {
                        found.push(format!("{}:{}: {line}", path.display(), number + 1));
                    }
                }
                if line.contains("use crate::api::{") || line.contains("use crate::api;") {
                    found.push(format!("{}:{}: {line}", path.display(), number + 1));
                }
            }
        }
        assert!(found.is_empty(), "the sandbox imports more than JSON models from the client: {found:#?}");
    }
}
