//! Signed and unsigned calls to the OVHcloud API, as the official SDKs make them.
//!
//! - The server time delta comes from `GET /auth/time`, fetched once and cached; it is
//!   fetched again once if a signature is refused (a clock that jumped, a skewed server).
//! - Reads and deletes (GET, DELETE) are retried on network errors (a timeout included),
//!   5xx and 429 with capped exponential backoff and full jitter, for as long as the call's
//!   time budget ([`RetryPolicy::budget`], 30 s unless `--retry-budget` says otherwise)
//!   allows; a `Retry-After` on 429/503 (seconds or an HTTP date) is waited out, and when it
//!   points past the budget the call stops there. Writes (POST, PUT) are re-sent only when
//!   the request provably never left (connection refused) or was refused before processing
//!   (a rejected signature); an answer lost in flight surfaces as [`Outcome::Unknown`] so
//!   that `api::flow` reconciles before deciding anything.
//! - Whoever answers at the endpoint is not trusted: redirects are never followed (a 3xx is
//!   an error naming its `Location`: following one would send the credentials to another
//!   host), an answer longer than [`ClientOptions::max_body`] is refused while it streams,
//!   and every request has a connect and a whole-request timeout. Signed credentials never
//!   go over plain `http://` to a host that is not a loopback address unless
//!   [`ClientOptions::allow_clear_http`] says the person accepts it.
//! - [`ClientOptions::on_retry`] is told about each retry before its wait (method, path,
//!   attempt, delay), for a front end that wants to show it.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use tokio::sync::Mutex;

use super::error::{ApiError, ErrorKind, Outcome};
use super::models::TokenAnswer;
use super::secret::Secret;
use super::sign;

/// How requests are authenticated.
#[derive(Debug, Clone)]
pub enum Auth {
    /// Unsigned calls only, optionally announcing the application key (needed by
    /// `POST /auth/credential`).
    Anonymous { application_key: Option<String> },
    /// Application key and secret, and the consumer key once there is one.
    Signed { application_key: String, application_secret: Secret, consumer_key: Option<Secret> },
    /// An OAuth2 service account (client-credentials grant, scope `all`).
    OAuth2 { client_id: String, client_secret: Secret, token_url: String },
    /// A ready bearer token (go-ovh's `access_token`).
    AccessToken(Secret),
}

impl Auth {
    fn application_key(&self) -> Option<&str> {
        match self {
            Auth::Anonymous { application_key } => application_key.as_deref(),
            Auth::Signed { application_key, .. } => Some(application_key),
            Auth::OAuth2 { .. } | Auth::AccessToken(_) => None,
        }
    }
}

/// The time budget of one call, by default.
pub const DEFAULT_RETRY_BUDGET: Duration = Duration::from_secs(30);

/// The longest answer body read, by default: real answers (the catalogue included) are a
/// few hundred KiB at most.
pub const DEFAULT_MAX_BODY: usize = 8 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// How long a call may go on retrying, from its first attempt: no retry starts (nor
    /// waits) past it. Zero: no retries at all.
    pub budget: Duration,
    /// Attempts in all, the first included, whatever the budget (`u32::MAX`: no cap).
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            budget: DEFAULT_RETRY_BUDGET,
            max_attempts: u32::MAX,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(3),
        }
    }
}

impl RetryPolicy {
    /// Full jitter: a random delay between zero and the capped exponential step.
    fn delay(&self, retry: u32, rng: &mut fastrand::Rng) -> Duration {
        let step = self.base_delay.saturating_mul(1u32 << retry.min(16)).min(self.max_delay);
        step.mul_f64(rng.f64())
    }
}

/// A retry about to happen, as [`ClientOptions::on_retry`] is told of it.
#[derive(Debug, Clone, Copy)]
pub struct Retrying<'a> {
    pub method: &'a str,
    pub path: &'a str,
    /// The attempt about to be made: 2 for the first retry.
    pub attempt: u32,
    /// The wait before it.
    pub delay: Duration,
    /// Why the last attempt failed.
    pub error: &'a ApiError,
}

/// Called before each retry's wait; must return at once (it runs on the caller's task).
pub type RetryObserver = Arc<dyn Fn(&Retrying) + Send + Sync>;

#[derive(Clone)]
pub struct ClientOptions {
    pub connect_timeout: Duration,
    /// The longest one attempt may take, its whole answer read.
    pub request_timeout: Duration,
    pub retry: RetryPolicy,
    /// The longest answer body accepted, in bytes.
    pub max_body: usize,
    /// Send credentials over plain `http://` to a host that is not a loopback address
    /// (`--allow-clear-http`): anyone on the way can read and replay them.
    pub allow_clear_http: bool,
    pub on_retry: Option<RetryObserver>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            max_body: DEFAULT_MAX_BODY,
            allow_clear_http: false,
            on_retry: None,
        }
    }
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("retry", &self.retry)
            .field("max_body", &self.max_body)
            .field("allow_clear_http", &self.allow_clear_http)
            .field("on_retry", &self.on_retry.as_ref().map(|_| "…"))
            .finish()
    }
}

/// Why `base_url` may not carry credentials, if it may not: plain `http://` to a host
/// that is not a loopback address (127.0.0.0/8, ::1, `localhost`), unless allowed.
pub fn clear_http_refusal(base_url: &str, allow_clear_http: bool) -> Option<String> {
    let url = url::Url::parse(base_url).ok()?;
    if url.scheme() != "http" || allow_clear_http || is_loopback(&url) {
        return None;
    }
    Some(format!(
        "refusing to send credentials in clear text to {base_url}: plain http:// to a host that is not this machine lets anyone on the way read and replay them"
    ))
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// A failed attempt, and how long the server asked to wait before the next one.
struct Failed {
    error: ApiError,
    retry_after: Option<Duration>,
}

impl From<ApiError> for Failed {
    fn from(error: ApiError) -> Failed {
        Failed { error, retry_after: None }
    }
}

/// An API answer with a success status.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub query_id: Option<String>,
    pub body: bytes::Bytes,
}

/// A cheap-to-clone handle on one API endpoint with one set of credentials.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    base_url: String,
    auth: Auth,
    options: ClientOptions,
    /// Server time minus local time, in seconds, once known.
    time_delta: Arc<Mutex<Option<i64>>>,
    /// The OAuth2 bearer token and when it stops being usable.
    token: Mutex<Option<(Secret, Instant)>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("base_url", &self.inner.base_url).field("auth", &self.inner.auth).finish()
    }
}

impl Client {
    pub fn new(base_url: &str, auth: Auth, options: ClientOptions) -> Result<Client, ApiError> {
        let sends_credentials = !matches!(auth, Auth::Anonymous { application_key: None });
        let clear = clear_http_refusal(base_url, options.allow_clear_http)
            .or_else(|| match &auth {
                Auth::OAuth2 { token_url, .. } => clear_http_refusal(token_url, options.allow_clear_http),
                _ => None,
            })
            .filter(|_| sends_credentials);
        if let Some(why) = clear {
            return Err(ApiError::without_answer(ErrorKind::ClearHttp, Outcome::NotApplied, "-", "-", why));
        }
        let http = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.request_timeout)
            // Never: a redirect would carry the credentials to wherever it points.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("ovhcart/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                ApiError::without_answer(
                    ErrorKind::Network,
                    Outcome::NotApplied,
                    "-",
                    "-",
                    format!("cannot set up HTTP: {e}"),
                )
            })?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base_url: base_url.trim_end_matches('/').to_owned(),
                auth,
                options,
                time_delta: Arc::new(Mutex::new(None)),
                token: Mutex::new(None),
            }),
        })
    }

    /// The same endpoint and connection pool with other credentials (e.g. the consumer key
    /// a login just obtained). The time delta is shared.
    pub fn with_auth(&self, auth: Auth) -> Client {
        Client {
            inner: Arc::new(Inner {
                http: self.inner.http.clone(),
                base_url: self.inner.base_url.clone(),
                auth,
                options: self.inner.options.clone(),
                time_delta: self.inner.time_delta.clone(),
                token: Mutex::new(None),
            }),
        }
    }

    /// The same client (credentials, server time) telling `observer` of each retry.
    pub fn with_retry_observer(&self, observer: RetryObserver) -> Client {
        let options = ClientOptions { on_retry: Some(observer), ..self.inner.options.clone() };
        Client {
            inner: Arc::new(Inner {
                http: self.inner.http.clone(),
                base_url: self.inner.base_url.clone(),
                auth: self.inner.auth.clone(),
                options,
                time_delta: self.inner.time_delta.clone(),
                token: Mutex::new(None),
            }),
        }
    }

    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    pub fn auth(&self) -> &Auth {
        &self.inner.auth
    }

    /// The options this client was made with (for a client to another endpoint that
    /// should behave the same, e.g. onboarding's).
    pub fn options(&self) -> &ClientOptions {
        &self.inner.options
    }

    /// An authenticated GET.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        self.call_json(Method::GET, path, None, true).await
    }

    /// A GET of a `noAuthentication` route, sent unsigned.
    pub async fn get_unsigned<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        self.call_json(Method::GET, path, None, false).await
    }

    pub async fn post<B: Serialize + ?Sized, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T, ApiError> {
        let bytes = encode(path, "POST", body)?;
        self.call_json(Method::POST, path, Some(bytes), true).await
    }

    /// A POST without a body (e.g. `/order/cart/{id}/assign`).
    pub async fn post_empty<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        self.call_json(Method::POST, path, None, true).await
    }

    /// A POST to a `noAuthentication` route, sent unsigned.
    pub async fn post_unsigned<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<T, ApiError> {
        let bytes = encode(path, "POST", body)?;
        self.call_json(Method::POST, path, Some(bytes), false).await
    }

    pub async fn put<B: Serialize + ?Sized, T: DeserializeOwned>(&self, path: &str, body: &B) -> Result<T, ApiError> {
        let bytes = encode(path, "PUT", body)?;
        self.call_json(Method::PUT, path, Some(bytes), true).await
    }

    pub async fn delete<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        self.call_json(Method::DELETE, path, None, true).await
    }

    /// Server time minus local time, from `GET /auth/time` (fetched once, then cached).
    pub async fn time_delta(&self) -> Result<i64, ApiError> {
        let mut cached = self.inner.time_delta.lock().await;
        if let Some(delta) = *cached {
            return Ok(delta);
        }
        // Boxed: an unsigned call never comes back here, but the compiler cannot know.
        let server: i64 = Box::pin(self.call_json(Method::GET, "/auth/time", None, false)).await?;
        let delta = server - unix_now();
        *cached = Some(delta);
        Ok(delta)
    }

    /// The server's clock, in Unix seconds (local clock corrected by the time delta).
    pub async fn server_now(&self) -> Result<i64, ApiError> {
        Ok(unix_now() + self.time_delta().await?)
    }

    async fn forget_time_delta(&self) {
        *self.inner.time_delta.lock().await = None;
    }

    async fn call_json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        signed: bool,
    ) -> Result<T, ApiError> {
        let answer = self.call(method.clone(), path, body, signed).await?;
        decode(method.as_str(), path, &answer)
    }

    /// One call with the retry rules of this module.
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<Vec<u8>>,
        signed: bool,
    ) -> Result<Answer, ApiError> {
        let idempotent = matches!(method, Method::GET | Method::DELETE);
        let policy = self.inner.options.retry;
        let deadline = Instant::now() + policy.budget;
        let mut rng = fastrand::Rng::new();
        let mut credentials_refreshed = false;
        let mut retries = 0;
        let mut timeout = self.inner.options.request_timeout;
        loop {
            let Failed { error, retry_after } =
                match self.call_once(&method, path, body.as_deref(), signed, timeout).await {
                    Ok(answer) => return Ok(answer),
                    Err(failed) => failed,
                };
            let refreshable = matches!(error.kind, ErrorKind::InvalidSignature | ErrorKind::InvalidCredentials);
            if signed && refreshable && !credentials_refreshed && self.refresh_credentials(&error).await {
                credentials_refreshed = true;
                continue;
            }
            let safe_to_resend = idempotent || error.outcome == Outcome::NotApplied && error.kind == ErrorKind::Network;
            if !(safe_to_resend && error.is_transient() && retries + 1 < policy.max_attempts) {
                return Err(error);
            }
            let remaining = deadline.saturating_duration_since(Instant::now());
            let delay = match retry_after {
                // Sooner would be refused again; later than the budget is not ours to wait.
                Some(asked) if asked >= remaining => return Err(error),
                Some(asked) => asked,
                None => policy.delay(retries, &mut rng),
            };
            // A retry must start, and have a moment to run, within the budget: a drawn delay
            // too long for that is shortened.
            if (retry_after.is_some() && remaining < delay + MIN_ATTEMPT) || remaining < MIN_ATTEMPT {
                return Err(error);
            }
            let delay = delay.min(remaining - MIN_ATTEMPT);
            let left = remaining - delay;
            timeout = self.inner.options.request_timeout.min(left);
            retries += 1;
            tracing::debug!(method = %method, path, retry = retries, delay_ms = delay.as_millis() as u64, error = %error, "retrying");
            if let Some(observer) = &self.inner.options.on_retry {
                observer(&Retrying { method: method.as_str(), path, attempt: retries + 1, delay, error: &error });
            }
            tokio::time::sleep(delay).await;
        }
    }

    /// Drops what may be stale after a refusal: the time delta after a rejected signature,
    /// the OAuth2 token after a 401. Returns whether a second try can differ.
    async fn refresh_credentials(&self, error: &ApiError) -> bool {
        match (&self.inner.auth, error.kind) {
            (Auth::Signed { .. }, ErrorKind::InvalidSignature) => {
                self.forget_time_delta().await;
                true
            }
            (Auth::OAuth2 { .. }, ErrorKind::InvalidCredentials) => {
                *self.inner.token.lock().await = None;
                true
            }
            _ => false,
        }
    }

    async fn call_once(
        &self,
        method: &Method,
        path: &str,
        body: Option<&[u8]>,
        signed: bool,
        timeout: Duration,
    ) -> Result<Answer, Failed> {
        let m = method.as_str();
        let url = format!("{}{}", self.inner.base_url, path);
        let url = url::Url::parse(&url).map_err(|e| {
            ApiError::without_answer(
                ErrorKind::Network,
                Outcome::NotApplied,
                m,
                path,
                format!("invalid URL {url}: {e}"),
            )
        })?;
        let mut request =
            self.inner.http.request(method.clone(), url.as_str()).timeout(timeout).header("Accept", "application/json");
        if let Some(key) = self.inner.auth.application_key() {
            request = request.header("X-Ovh-Application", key);
        }
        if signed {
            request = self.authenticate(request, m, path, url.as_str(), body.unwrap_or_default()).await?;
        }
        if let Some(body) = body {
            request = request.header("Content-Type", "application/json").body(body.to_vec());
        }
        let started = Instant::now();
        let response = request.send().await.map_err(|e| transport_error(m, path, &e))?;
        let status = response.status().as_u16();
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let query_id = header("x-ovh-queryid");
        if (300..400).contains(&status) {
            return Err(redirected(m, path, status, header("location").as_deref(), query_id).into());
        }
        let retry_after =
            if matches!(status, 429 | 503) { header("retry-after").and_then(|v| parse_retry_after(&v)) } else { None };
        let bytes = read_body(response, self.inner.options.max_body).await.map_err(|e| {
            // A write whose success answer is lost may have been done.
            let done = (200..300).contains(&status) && !matches!(method, &Method::GET);
            match e {
                BodyError::Transport(e) => transport_error(m, path, &e),
                BodyError::TooLong { limit } => {
                    let outcome = if done { Outcome::Unknown } else { Outcome::NotApplied };
                    let mut error = ApiError::without_answer(
                        ErrorKind::InvalidResponse,
                        outcome,
                        m,
                        path,
                        format!("the answer is longer than {} MiB: refused (no API answer is that long; check the endpoint)", limit / (1024 * 1024)),
                    );
                    error.status = Some(status);
                    error.query_id = query_id.clone();
                    error
                }
            }
        })?;
        tracing::debug!(
            method = m,
            path,
            status,
            query_id = query_id.as_deref().unwrap_or("-"),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "api call"
        );
        if (200..300).contains(&status) {
            Ok(Answer { status, query_id, body: bytes })
        } else {
            Err(Failed { error: ApiError::from_answer(m, path, status, &bytes, query_id), retry_after })
        }
    }

    async fn authenticate(
        &self,
        request: reqwest::RequestBuilder,
        method: &str,
        path: &str,
        url: &str,
        body: &[u8],
    ) -> Result<reqwest::RequestBuilder, ApiError> {
        match &self.inner.auth {
            Auth::Anonymous { .. } => Ok(request),
            Auth::Signed { application_secret, consumer_key, .. } => {
                let Some(consumer_key) = consumer_key else {
                    return Err(ApiError::without_answer(
                        ErrorKind::InvalidCredentials,
                        Outcome::NotApplied,
                        method,
                        path,
                        "no consumer key is configured",
                    ));
                };
                let timestamp = (unix_now() + self.time_delta().await?).to_string();
                let signature =
                    sign::signature(application_secret.expose(), consumer_key.expose(), method, url, body, &timestamp);
                Ok(request
                    .header("X-Ovh-Consumer", consumer_key.expose())
                    .header("X-Ovh-Timestamp", timestamp)
                    .header("X-Ovh-Signature", signature))
            }
            Auth::OAuth2 { .. } => {
                let token = self.oauth2_token(method, path).await?;
                Ok(request.bearer_auth(token.expose()))
            }
            Auth::AccessToken(token) => Ok(request.bearer_auth(token.expose())),
        }
    }

    /// The cached OAuth2 token, or a new one when it has expired.
    async fn oauth2_token(&self, method: &str, path: &str) -> Result<Secret, ApiError> {
        let Auth::OAuth2 { client_id, client_secret, token_url } = &self.inner.auth else {
            unreachable!("oauth2_token is only called for OAuth2 auth")
        };
        let mut cached = self.inner.token.lock().await;
        if let Some((token, valid_until)) = cached.as_ref()
            && Instant::now() < *valid_until
        {
            return Ok(token.clone());
        }
        let failure = |kind, message: String| {
            ApiError::without_answer(kind, Outcome::NotApplied, method, path, format!("OAuth2 failure: {message}"))
        };
        let response = self
            .inner
            .http
            .post(token_url)
            .header("Accept", "application/json")
            .basic_auth(client_id, Some(client_secret.expose()))
            .form(&[("grant_type", "client_credentials"), ("scope", "all")])
            .send()
            .await
            .map_err(|e| {
                failure(ErrorKind::Network, format!("cannot reach the token URL {token_url}: {}", without_url(&e)))
            })?;
        let status = response.status().as_u16();
        if (300..400).contains(&status) {
            let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
            let redirect = redirected("POST", token_url, status, location.as_deref(), None);
            return Err(failure(ErrorKind::InvalidResponse, redirect.message));
        }
        let body = match read_body(response, self.inner.options.max_body).await {
            Ok(body) => body,
            Err(BodyError::TooLong { limit }) => {
                let message = format!("the token answer is longer than {} MiB: refused", limit / (1024 * 1024));
                return Err(failure(ErrorKind::InvalidResponse, message));
            }
            Err(BodyError::Transport(e)) => {
                return Err(failure(ErrorKind::Network, format!("the token answer was cut: {}", without_url(&e))));
            }
        };
        let answer: Option<TokenAnswer> = serde_json::from_slice(&body).ok();
        let Some(answer) = answer.filter(|a| (200..300).contains(&status) && !a.access_token.is_empty()) else {
            #[derive(serde::Deserialize)]
            struct OAuthError {
                error: String,
                #[serde(default)]
                error_description: String,
            }
            let kind = if status >= 500 { ErrorKind::ServerUnavailable } else { ErrorKind::InvalidCredentials };
            let message = match serde_json::from_slice::<OAuthError>(&body) {
                Ok(e) => format!("({}) {}", e.error, e.error_description),
                Err(_) => format!("Missing access token parameter. Token creation failed with status_code={status}"),
            };
            return Err(failure(kind, message));
        };
        // Renew a little early so that a token never expires between check and use.
        let lifetime = Duration::from_secs(answer.expires_in.unwrap_or(3600)).saturating_sub(Duration::from_secs(1));
        let token = Secret::new(answer.access_token);
        *cached = Some((token.clone(), Instant::now() + lifetime));
        Ok(token)
    }
}

/// Appends query parameters, percent-encoded (`?a=b&c=d`), after any already there.
pub fn with_query(path: &str, params: &[(&str, &str)]) -> String {
    if params.is_empty() {
        return path.to_owned();
    }
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in params {
        query.append_pair(k, v);
    }
    let sep = if path.contains('?') { '&' } else { '?' };
    format!("{path}{sep}{}", query.finish())
}

/// A path segment, percent-encoded.
pub fn segment(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect::<String>().replace('+', "%20")
}

fn encode<B: Serialize + ?Sized>(path: &str, method: &str, body: &B) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(body).map_err(|e| {
        ApiError::without_answer(
            ErrorKind::BadRequest,
            Outcome::NotApplied,
            method,
            path,
            format!("cannot encode the request: {e}"),
        )
    })
}

/// Decodes a success answer. A void answer (`null` or empty) decodes into `()`.
pub fn decode<T: DeserializeOwned>(method: &str, path: &str, answer: &Answer) -> Result<T, ApiError> {
    let body: &[u8] = if answer.body.iter().all(u8::is_ascii_whitespace) { b"null" } else { &answer.body };
    serde_json::from_slice(body).map_err(|e| {
        let what = if body == b"null" {
            "an empty answer".to_owned()
        } else {
            format!("an answer that is not the expected JSON ({})", redact_quoted(&e.to_string()))
        };
        let mut error = ApiError::without_answer(
            ErrorKind::InvalidResponse,
            Outcome::NotApplied,
            method,
            path,
            format!("HTTP {} with {what}", answer.status),
        );
        error.status = Some(answer.status);
        error.query_id = answer.query_id.clone();
        error
    })
}

/// serde's messages quote the offending value, which may be a key: keep only the shape.
fn redact_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut inside = false;
    for c in message.chars() {
        if c == '"' {
            if !inside {
                out.push_str("\"…\"");
            }
            inside = !inside;
        } else if !inside {
            out.push(c);
        }
    }
    out
}

/// The shortest time worth giving a retry: less, and it would only time out.
const MIN_ATTEMPT: Duration = Duration::from_millis(500);

/// A 3xx: an error, never followed (the request carried credentials).
fn redirected(method: &str, path: &str, status: u16, location: Option<&str>, query_id: Option<String>) -> ApiError {
    let to = location.map_or_else(|| "no Location".to_owned(), |l| format!("Location: {l}"));
    let mut error = ApiError::without_answer(
        ErrorKind::InvalidResponse,
        Outcome::NotApplied,
        method,
        path,
        format!(
            "the server answered with a redirect (HTTP {status}, {to}), which ovhcart never follows since it would carry the credentials elsewhere; the API does not redirect, so the endpoint may be wrong"
        ),
    );
    error.status = Some(status);
    error.query_id = query_id;
    error
}

/// `Retry-After`: a number of seconds, or an HTTP date (then from now; a past date is 0).
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

enum BodyError {
    Transport(reqwest::Error),
    TooLong { limit: usize },
}

/// The whole body, refused as soon as it is known to be longer than `limit` (from its
/// `Content-Length`, or while it streams): never more than `limit` bytes are held.
async fn read_body(mut response: reqwest::Response, limit: usize) -> Result<bytes::Bytes, BodyError> {
    if response.content_length().is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLong { limit });
    }
    let mut body = bytes::BytesMut::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        if body.len() + chunk.len() > limit {
            return Err(BodyError::TooLong { limit });
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

fn transport_error(method: &str, path: &str, error: &reqwest::Error) -> ApiError {
    // A refused connection never carried the request; anything later may have.
    let outcome = if error.is_connect() { Outcome::NotApplied } else { Outcome::Unknown };
    let what = if error.is_timeout() {
        "no answer before the timeout".to_owned()
    } else if error.is_connect() {
        format!("cannot connect: {}", without_url(error))
    } else {
        format!("the connection failed: {}", without_url(error))
    };
    ApiError::without_answer(ErrorKind::Network, outcome, method, path, what)
}

/// reqwest's message with its source chain, without the URL it prepends.
fn without_url(error: &reqwest::Error) -> String {
    let mut text = String::new();
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(error);
    while let Some(e) = source {
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&e.to_string());
        source = e.source();
    }
    if text.is_empty() { error.to_string() } else { text }
}

fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_strings() {
        assert_eq!(with_query("/me/payment/method", &[("default", "true")]), "/me/payment/method?default=true");
        assert_eq!(with_query("/a?x=1", &[("from", "start"), ("to", "end")]), "/a?x=1&from=start&to=end");
        assert_eq!(
            with_query("/order/cart", &[("description", "ovhcart 2026-11-21T10:00Z")]),
            "/order/cart?description=ovhcart+2026-11-21T10%3A00Z"
        );
        assert_eq!(segment("a b/c"), "a%20b%2Fc");
    }

    #[test]
    fn decode_void_and_errors() {
        let answer = |body: &'static str| Answer {
            status: 200,
            query_id: Some("q1".into()),
            body: bytes::Bytes::from_static(body.as_bytes()),
        };
        let unit: () = decode("POST", "/x", &answer("")).unwrap();
        assert_eq!(unit, ());
        let unit: () = decode("POST", "/x", &answer("null")).unwrap();
        assert_eq!(unit, ());
        let err = decode::<Vec<i64>>("GET", "/x", &answer("")).unwrap_err();
        assert_eq!((err.kind, err.message.as_str()), (ErrorKind::InvalidResponse, "HTTP 200 with an empty answer"));
        let err = decode::<i64>("GET", "/x", &answer("\"TnpZAd5pYNqxk4RhlPiSRfJ4WrkmII2i\"")).unwrap_err();
        assert!(!err.message.contains("TnpZ"), "{}", err.message);
        assert_eq!(err.query_id.as_deref(), Some("q1"));
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        assert_eq!(parse_retry_after("7"), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 "), Some(Duration::ZERO));
        let later = (chrono::Utc::now() + chrono::Duration::seconds(20)).to_rfc2822().replace("+0000", "GMT");
        let wait = parse_retry_after(&later).unwrap();
        assert!(wait > Duration::from_secs(17) && wait <= Duration::from_secs(20), "{wait:?}");
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:37 GMT"), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(parse_retry_after("-3"), None);
    }

    #[test]
    fn clear_http_is_refused_but_on_loopback() {
        for local in ["http://127.0.0.1:8080/1.0", "http://127.3.4.5/1.0", "http://[::1]:9/1.0", "http://localhost/1.0"]
        {
            assert_eq!(clear_http_refusal(local, false), None, "{local}");
        }
        assert_eq!(clear_http_refusal("https://api.example.com/1.0", false), None);
        let why = clear_http_refusal("http://api.example.com/1.0", false).unwrap();
        assert!(why.contains("clear text") && why.contains("http://api.example.com/1.0"), "{why}");
        assert!(clear_http_refusal("http://10.0.0.1/1.0", false).is_some());
        assert!(clear_http_refusal("http://localhost.example.com/1.0", false).is_some());
        assert_eq!(clear_http_refusal("http://api.example.com/1.0", true), None);
        let signed = Auth::Signed {
            application_key: "ak".into(),
            application_secret: Secret::new("as"),
            consumer_key: Some(Secret::new("ck")),
        };
        let err = Client::new("http://192.0.2.1/1.0", signed.clone(), ClientOptions::default()).unwrap_err();
        assert!(err.message.contains("clear text") && err.kind == ErrorKind::ClearHttp, "{err}");
        let allowed = ClientOptions { allow_clear_http: true, ..ClientOptions::default() };
        assert!(Client::new("http://192.0.2.1/1.0", signed, allowed).is_ok());
        // Nothing to leak: an anonymous client (e.g. `doctor`'s first look) may go anywhere.
        assert!(
            Client::new("http://192.0.2.1/1.0", Auth::Anonymous { application_key: None }, ClientOptions::default())
                .is_ok()
        );
    }

    #[test]
    fn backoff_is_capped() {
        let policy = RetryPolicy::default();
        let mut rng = fastrand::Rng::with_seed(7);
        for retry in 0..20 {
            assert!(policy.delay(retry, &mut rng) <= policy.max_delay);
        }
    }
}
