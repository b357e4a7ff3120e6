//! A client crash staged at the n-th API request, for tests that kill ovhcart at every
//! request of its flow: before the sandbox processes that request, or after it processed
//! it but before the answer leaves. The victim process (if named) gets SIGKILL at that
//! instant; from then on the sandbox is *down* (every request is dropped unprocessed) until
//! [`super::Sandbox::revive`], so nothing a dying or abandoned client still sends can
//! change the account.

use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::Notify;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CrashPoint {
    /// The request is dropped unprocessed.
    BeforeProcessing,
    /// The request is processed, then its answer is dropped.
    AfterProcessing,
}

#[derive(Debug, Default)]
struct Plan {
    /// The 1-based count of API requests at which to crash (pages under `/sandbox/` do not count).
    at: Option<u64>,
    /// Or the first request with this method and API path (`*` wildcards, query ignored).
    route: Option<(String, String)>,
    point: Option<CrashPoint>,
    victim: Option<u32>,
    seen: u64,
    down: bool,
}

#[derive(Default)]
pub struct Crash {
    plan: Mutex<Plan>,
    crashed: Notify,
}

/// What to do with one API request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Serve,
    /// Kill the victim and drop the request at this point.
    CrashAt(CrashPoint),
    /// The sandbox is down: drop it unprocessed.
    Drop,
}

impl Crash {
    fn plan(&self) -> std::sync::MutexGuard<'_, Plan> {
        self.plan.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Crashes at the `at`-th API request from now (1 is the next one).
    pub fn arm(&self, at: u64, point: CrashPoint, victim: Option<u32>) {
        *self.plan() = Plan { at: Some(at), point: Some(point), victim, ..Plan::default() };
    }

    /// Crashes at the next request with `method` and an API path matching `path`.
    pub fn arm_on(&self, method: &str, path: &str, point: CrashPoint) {
        let route = Some((method.to_owned(), path.to_owned()));
        *self.plan() = Plan { route, point: Some(point), ..Plan::default() };
    }

    /// Names the process to kill, once it exists.
    pub fn set_victim(&self, pid: u32) {
        self.plan().victim = Some(pid);
    }

    /// Up again, with no crash planned.
    pub fn revive(&self) {
        *self.plan() = Plan::default();
    }

    pub fn is_down(&self) -> bool {
        self.plan().down
    }

    /// Resolves once the planned crash has happened.
    pub async fn crashed(&self) {
        loop {
            let notified = self.crashed.notified();
            if self.is_down() {
                return;
            }
            notified.await;
        }
    }

    pub fn verdict(&self, method: &str, api_path: Option<&str>) -> Verdict {
        let mut plan = self.plan();
        if plan.down {
            return Verdict::Drop;
        }
        let Some(point) = plan.point else { return Verdict::Serve };
        plan.seen += 1;
        let hit = match (&plan.route, plan.at) {
            (Some((m, pattern)), _) => {
                let path = api_path.unwrap_or_default().split('?').next().unwrap_or_default();
                m.eq_ignore_ascii_case(method) && crate::api::models::wildcard_match(pattern, path)
            }
            (None, Some(at)) => plan.seen == at,
            (None, None) => false,
        };
        if hit { Verdict::CrashAt(point) } else { Verdict::Serve }
    }

    /// Kills the victim (waiting a little for it to be named, since a test learns its pid
    /// only once it is spawned) and goes down.
    pub async fn strike(&self) {
        let mut waited = Duration::ZERO;
        let victim = loop {
            let victim = self.plan().victim;
            if victim.is_some() || waited >= Duration::from_secs(2) {
                break victim;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
            waited += Duration::from_millis(5);
        };
        self.plan().down = true;
        if let Some(pid) = victim.and_then(|p| i32::try_from(p).ok()) {
            // SAFETY: kill(2) with a pid and a signal number has no memory effects.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
        }
        self.crashed.notify_waiters();
    }
}
