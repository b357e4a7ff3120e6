//! The HTTP side: accepts connections, bounds bodies, injects latency and faults,
//! authenticates, dispatches, and records every request. A service error makes hyper
//! close the connection without an answer, which is how resets and lost answers happen.

use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE, HOST, HeaderMap, HeaderValue};
use hyper::{Request, Response};

use super::auth::{self, AuthHeaders, AuthRequest};
use super::crash::{Crash, CrashPoint, Verdict};
use super::faults::{self, Fault, Faults};
use super::pages;
use super::record::{Outcome, RecordedRequest};
use super::reply::{self, Reply};
use super::router::{self, Ctx};
use super::state::World;

/// Why a connection was closed without an answer.
#[derive(Debug)]
pub struct Dropped(&'static str);

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for Dropped {}

/// State shared by every connection.
pub struct Shared {
    pub world: Mutex<World>,
    pub faults: Faults,
    pub crash: Crash,
    pub latency: Duration,
    pub max_body_bytes: usize,
    pub log: Mutex<Vec<RecordedRequest>>,
    queries: AtomicU64,
    instance: String,
}

impl Shared {
    pub fn new(world: World, faults: Faults, latency: Duration, max_body_bytes: usize, instance: String) -> Shared {
        Shared {
            world: Mutex::new(world),
            faults,
            crash: Crash::default(),
            latency,
            max_body_bytes,
            log: Mutex::new(Vec::new()),
            queries: AtomicU64::new(0),
            instance,
        }
    }

    fn record(&self, entry: RecordedRequest) {
        self.log.lock().unwrap_or_else(|e| e.into_inner()).push(entry);
    }

    /// `EU.ext-1.<instance>.<n>.<uuid-ish>`, like the API's `X-Ovh-QueryID`.
    fn query_id(&self) -> String {
        let n = self.queries.fetch_add(1, Ordering::Relaxed) + 1;
        let suffix = self.world.lock().map(|mut w| w.uuid()).unwrap_or_default();
        format!("EU.ext-1.{}.{n}.{suffix}", self.instance)
    }
}

fn header(headers: &HeaderMap, name: &str) -> Option<String> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_owned())
}

/// The answer to one request, or `Err` to drop the connection.
pub async fn handle(
    shared: Arc<Shared>,
    local: SocketAddr,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Dropped> {
    let (parts, body) = request.into_parts();
    let method = parts.method.as_str().to_owned();
    let target = parts.uri.path_and_query().map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned());
    let host = header(&parts.headers, HOST.as_str()).unwrap_or_else(|| local.to_string());
    // Absolute-form targets (through a proxy) are signed as sent; origin-form as Host + target.
    let url = if parts.uri.scheme().is_some() { parts.uri.to_string() } else { format!("http://{host}{target}") };
    let auth_headers = AuthHeaders {
        application: header(&parts.headers, "x-ovh-application"),
        consumer: header(&parts.headers, "x-ovh-consumer"),
        timestamp: header(&parts.headers, "x-ovh-timestamp"),
        signature: header(&parts.headers, "x-ovh-signature"),
        authorization: header(&parts.headers, "authorization"),
    };
    let (path, query) = target.split_once('?').map_or((target.as_str(), ""), |(p, q)| (p, q));
    let api_path = strip_prefix(path);
    let mut entry = RecordedRequest {
        method: method.clone(),
        path: match api_path {
            Some(p) if query.is_empty() => p.to_owned(),
            Some(p) => format!("{p}?{query}"),
            None => target.clone(),
        },
        body: Vec::new(),
        signed: auth_headers.signature.is_some() || auth_headers.consumer.is_some(),
        bearer: auth_headers.authorization.as_deref().is_some_and(|a| a.to_ascii_lowercase().starts_with("bearer ")),
        outcome: Outcome::ResetBeforeProcessing,
        fault: None,
    };

    let declared = parts.headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    let body = if declared.is_some_and(|n| n > shared.max_body_bytes as u64) {
        Err(reply::too_large(shared.max_body_bytes))
    } else {
        match Limited::new(body, shared.max_body_bytes).collect().await {
            Ok(collected) => Ok(collected.to_bytes()),
            Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(reply::too_large(shared.max_body_bytes)),
            Err(_) => {
                shared.record(entry);
                return Err(Dropped("the client went away while sending its body"));
            }
        }
    };
    let body = match body {
        Ok(bytes) => bytes,
        Err(too_large) => return Ok(finish(&shared, entry, too_large).await),
    };
    entry.body = body.to_vec();

    let is_page = path.starts_with("/sandbox/");
    let crash = if is_page { Verdict::Serve } else { shared.crash.verdict(&method, api_path) };
    if matches!(crash, Verdict::Drop | Verdict::CrashAt(CrashPoint::BeforeProcessing)) {
        if crash != Verdict::Drop {
            shared.crash.strike().await;
        }
        shared.record(entry);
        return Err(Dropped("the client crashed before this request was processed"));
    }
    let fault = if is_page { None } else { shared.faults.pick(&method, api_path) };
    entry.fault = fault;
    if fault == Some(Fault::ResetBeforeProcessing) {
        shared.record(entry);
        return Err(Dropped("injected reset before processing"));
    }
    if let Some(page) = fault.and_then(faults::page) {
        return Ok(finish(&shared, entry, page).await);
    }

    let input =
        Input { method: &method, path, api_path, query, url: &url, host: &host, headers: &auth_headers, body: &body };
    let answer = {
        let mut world = shared.world.lock().unwrap_or_else(|e| e.into_inner());
        // A handler bug must not take the server down: answer 500 and carry on.
        std::panic::catch_unwind(AssertUnwindSafe(|| process(&mut world, &input)))
            .unwrap_or_else(|_| reply::internal("The sandbox failed on this request"))
    };
    let is_checkout =
        method == "POST" && api_path.is_some_and(|p| p.starts_with("/order/cart/") && p.ends_with("/checkout"));
    let lose = fault == Some(Fault::LostAfterProcessing)
        || (is_checkout && answer.status.is_success() && shared.faults.take_lost_checkout());
    if crash == Verdict::CrashAt(CrashPoint::AfterProcessing) {
        shared.crash.strike().await;
    }
    if lose || crash != Verdict::Serve {
        entry.outcome = Outcome::LostAfterProcessing(answer.status.as_u16());
        shared.record(entry);
        return Err(Dropped("injected loss of the answer after processing"));
    }
    Ok(finish(&shared, entry, answer).await)
}

/// Records the answer, waits the configured latency and builds the response.
async fn finish(shared: &Shared, mut entry: RecordedRequest, answer: Reply) -> Response<Full<Bytes>> {
    entry.outcome = Outcome::Answered(answer.status.as_u16());
    shared.record(entry);
    if !shared.latency.is_zero() {
        tokio::time::sleep(shared.latency).await;
    }
    let mut response = Response::new(Full::new(Bytes::from(answer.body)));
    *response.status_mut() = answer.status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(answer.content_type));
    if let Ok(id) = HeaderValue::from_str(&shared.query_id()) {
        headers.insert("x-ovh-queryid", id);
    }
    response
}

/// `/1.0/…` and `/v1/…` are the same API (§1.1); `None` for anything else.
fn strip_prefix(path: &str) -> Option<&str> {
    ["/1.0", "/v1"].iter().find_map(|prefix| {
        let rest = path.strip_prefix(prefix)?;
        (rest.is_empty() || rest.starts_with('/')).then_some(rest)
    })
}

struct Input<'a> {
    method: &'a str,
    path: &'a str,
    api_path: Option<&'a str>,
    query: &'a str,
    url: &'a str,
    host: &'a str,
    headers: &'a AuthHeaders,
    body: &'a [u8],
}

fn process(world: &mut World, input: &Input<'_>) -> Reply {
    let query: Vec<(String, String)> = url::form_urlencoded::parse(input.query.as_bytes()).into_owned().collect();
    let query_value = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    match (input.method, input.path) {
        ("POST", "/auth/oauth2/token") => {
            return pages::token(world, input.headers.authorization.as_deref(), input.body);
        }
        ("GET", "/sandbox/validate") => return pages::validate(world, query_value("credentialToken")),
        ("GET", p) if p.starts_with("/sandbox/pay/") => {
            return pages::pay(world, p.trim_start_matches("/sandbox/pay/"));
        }
        _ => {}
    }
    let Some(api_path) = input.api_path else { return router::unknown() };
    let Some(route) = router::route(input.method, api_path) else { return router::unknown() };
    let request =
        AuthRequest { method: input.method, url: input.url, path: api_path, headers: input.headers, body: input.body };
    let caller = match auth::authenticate(world, &request, !route.no_auth) {
        Ok(caller) => caller,
        Err(refusal) => return refusal,
    };
    let ctx = Ctx { query, body: input.body, host: input.host, caller };
    route.run(world, &ctx).unwrap_or_else(|refusal| refusal)
}

/// Serves one connection until it closes or `stop` fires.
pub async fn serve_connection(
    shared: Arc<Shared>,
    stream: tokio::net::TcpStream,
    local: SocketAddr,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    let io = hyper_util::rt::TokioIo::new(stream);
    let service = hyper::service::service_fn(move |request| handle(shared.clone(), local, request));
    let connection = hyper::server::conn::http1::Builder::new()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(Duration::from_secs(30))
        .serve_connection(io, service);
    tokio::select! {
        _ = connection => {}
        _ = stop.changed() => {}
    }
}

#[cfg(test)]
mod tests {
    use super::strip_prefix;

    #[test]
    fn prefixes() {
        assert_eq!(strip_prefix("/1.0/me"), Some("/me"));
        assert_eq!(strip_prefix("/v1/order/cart"), Some("/order/cart"));
        assert_eq!(strip_prefix("/1.0"), Some(""));
        assert_eq!(strip_prefix("/1.0me"), None);
        assert_eq!(strip_prefix("/v2/me"), None);
        assert_eq!(strip_prefix("/me"), None);
    }
}
