//! Injected failures: per request, with probability `fault_rate`, one of a 502 or 503
//! HTML page (as a load balancer sends), a connection reset before the request is
//! processed, or an answer lost after it was processed. And the first N checkout answers
//! lost after the order was created, for the reconcile-before-retry paths.

use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};

use hyper::StatusCode;

use super::reply::Reply;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// 502 with an HTML body; nothing processed.
    BadGateway,
    /// 503 with an HTML body; nothing processed.
    Unavailable,
    /// The connection is closed before the request is processed.
    ResetBeforeProcessing,
    /// The request is processed, then the connection is closed without an answer.
    LostAfterProcessing,
}

pub const ALL: [Fault; 4] =
    [Fault::BadGateway, Fault::Unavailable, Fault::ResetBeforeProcessing, Fault::LostAfterProcessing];

pub struct Faults {
    /// The fault rate's bits (an f64 in 0..=1), changeable while serving.
    rate: AtomicU64,
    rng: Mutex<fastrand::Rng>,
    lose_checkout_answers: AtomicU32,
    scripted: Mutex<Vec<ScriptedFault>>,
}

/// A fault aimed at one route, for tests that need a given call to fail: the next
/// `times` requests whose method and API path (without query) match get `fault`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptedFault {
    pub method: String,
    /// A path pattern where `*` matches any run of characters, e.g. `/order/cart/*/cloud`.
    pub path: String,
    pub fault: Fault,
    pub times: u32,
}

impl Faults {
    pub fn new(rate: f64, seed: u64, lose_checkout_answers: u32) -> Faults {
        Faults {
            rate: AtomicU64::new(clamp_rate(rate).to_bits()),
            rng: Mutex::new(fastrand::Rng::with_seed(seed)),
            lose_checkout_answers: AtomicU32::new(lose_checkout_answers),
            scripted: Mutex::new(Vec::new()),
        }
    }

    pub fn set_rate(&self, rate: f64) {
        self.rate.store(clamp_rate(rate).to_bits(), Ordering::SeqCst);
    }

    pub fn script(&self, fault: ScriptedFault) {
        self.scripted.lock().unwrap_or_else(|e| e.into_inner()).push(fault);
    }

    /// The fault for this request, if any: a scripted one first, else a random one.
    pub fn pick(&self, method: &str, api_path: Option<&str>) -> Option<Fault> {
        if let Some(path) = api_path {
            let path = path.split('?').next().unwrap_or(path);
            let mut scripted = self.scripted.lock().unwrap_or_else(|e| e.into_inner());
            let hit = scripted.iter_mut().find(|f| {
                f.times > 0
                    && f.method.eq_ignore_ascii_case(method)
                    && crate::api::models::wildcard_match(&f.path, path)
            });
            if let Some(hit) = hit {
                hit.times -= 1;
                return Some(hit.fault);
            }
        }
        let rate = f64::from_bits(self.rate.load(Ordering::SeqCst));
        if rate <= 0.0 {
            return None;
        }
        let mut rng = self.rng.lock().unwrap_or_else(|e| e.into_inner());
        if rng.f64() < rate { Some(ALL[rng.usize(0..ALL.len())]) } else { None }
    }

    /// Whether this successful checkout's answer is to be lost (counts down).
    pub fn take_lost_checkout(&self) -> bool {
        self.lose_checkout_answers.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok()
    }
}

fn clamp_rate(rate: f64) -> f64 {
    if rate.is_finite() { rate.clamp(0.0, 1.0) } else { 0.0 }
}

/// The HTML page a fault answers with, if it answers at all.
pub fn page(fault: Fault) -> Option<Reply> {
    let (status, title) = match fault {
        Fault::BadGateway => (StatusCode::BAD_GATEWAY, "502 Bad Gateway"),
        Fault::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, "503 Service Unavailable"),
        Fault::ResetBeforeProcessing | Fault::LostAfterProcessing => return None,
    };
    Some(Reply::html(
        status,
        format!(
            "<html>\n<head><title>{title}</title></head>\n<body>\n<center><h1>{title}</h1></center>\n</body>\n</html>\n"
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_and_seed() {
        let never = Faults::new(0.0, 1, 0);
        assert!((0..100).all(|_| never.pick("GET", None).is_none()));
        let always = Faults::new(1.0, 42, 0);
        let picked: Vec<_> = (0..200).filter_map(|_| always.pick("GET", None)).collect();
        assert_eq!(picked.len(), 200);
        assert!(ALL.iter().all(|f| picked.contains(f)));
        let again = Faults::new(1.0, 42, 0);
        assert!(picked.iter().all(|f| again.pick("GET", None) == Some(*f)));
        let lose = Faults::new(0.0, 1, 2);
        assert!(lose.take_lost_checkout() && lose.take_lost_checkout() && !lose.take_lost_checkout());
        assert!(Faults::new(f64::NAN, 1, 0).pick("GET", None).is_none());
    }
}
