//! Who is calling (§6): signed calls (application key, consumer key, timestamp and
//! signature over the raw body and the URL the client targeted), OAuth2 bearer tokens,
//! or nobody. Every refusal has the body and status of §9.

use hyper::StatusCode;

use super::demo;
use super::reply::{Reply, bare, legacy};
use super::signature;
use super::state::{CredentialState, World};

/// How far a client's `X-Ovh-Timestamp` may be from sandbox time (§13.3: the real
/// tolerance is unknown; ±300 s is the figure third-party code quotes).
pub const TIMESTAMP_TOLERANCE_SECS: i64 = 300;

/// The authentication headers of a request, as text (a header that is not valid
/// text counts as absent).
#[derive(Debug, Default, Clone)]
pub struct AuthHeaders {
    pub application: Option<String>,
    pub consumer: Option<String>,
    pub timestamp: Option<String>,
    pub signature: Option<String>,
    pub authorization: Option<String>,
}

/// What the sandbox needs to know about a request to authenticate it.
pub struct AuthRequest<'a> {
    pub method: &'a str,
    /// The URL the client targeted: `http://{Host}{path and query as sent}`.
    pub url: &'a str,
    /// The API path (no `/1.0`, no query) that access rules are matched against.
    pub path: &'a str,
    pub headers: &'a AuthHeaders,
    pub body: &'a [u8],
}

/// The authenticated (or anonymous) caller.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Caller {
    pub account: Option<String>,
    pub application_key: Option<String>,
    pub consumer_key: Option<String>,
    pub signed: bool,
    pub bearer: bool,
}

fn invalid_credential() -> Reply {
    legacy(StatusCode::FORBIDDEN, "INVALID_CREDENTIAL", None, "This credential is not valid")
}

fn invalid_signature(message: impl Into<String>) -> Reply {
    legacy(StatusCode::BAD_REQUEST, "INVALID_SIGNATURE", None, message)
}

pub fn login_first() -> Reply {
    bare(StatusCode::UNAUTHORIZED, "You must login first")
}

/// Authenticates a request. `needs_auth` is false for the schema's `noAuthentication`
/// routes: those accept unsigned calls, but a signature that is present is verified.
pub fn authenticate(world: &mut World, request: &AuthRequest<'_>, needs_auth: bool) -> Result<Caller, Reply> {
    let h = request.headers;
    if let Some(token) = h.authorization.as_deref().and_then(bearer_token) {
        return bearer(world, token);
    }
    if let Some(ak) = &h.application
        && ak != demo::APPLICATION_KEY
    {
        return Err(legacy(StatusCode::FORBIDDEN, "INVALID_KEY", None, "Invalid application key"));
    }
    if h.consumer.is_none() && h.signature.is_none() {
        if needs_auth {
            return Err(login_first());
        }
        return Ok(Caller { application_key: h.application.clone(), ..Caller::default() });
    }
    let Some(ak) = &h.application else {
        return Err(legacy(StatusCode::FORBIDDEN, "INVALID_KEY", None, "Invalid application key"));
    };
    let Some(ck) = &h.consumer else { return Err(invalid_credential()) };
    let now = world.now();
    let Some(credential) = world.credentials.get_mut(ck) else { return Err(invalid_credential()) };
    if credential.state != CredentialState::Validated || &credential.application_key != ak {
        return Err(invalid_credential());
    }
    let Some(timestamp) = h.timestamp.as_deref().and_then(|t| t.trim().parse::<i64>().ok()) else {
        return Err(invalid_signature("Invalid signature: X-Ovh-Timestamp is missing or not a number"));
    };
    let drift = timestamp.saturating_sub(now.timestamp());
    if drift.abs() > TIMESTAMP_TOLERANCE_SECS {
        return Err(invalid_signature(format!(
            "Invalid signature: X-Ovh-Timestamp is {drift} s away from the API time \
             (tolerance {TIMESTAMP_TOLERANCE_SECS} s; use GET /auth/time)"
        )));
    }
    let expected = signature::expected(
        demo::APPLICATION_SECRET,
        ck,
        request.method,
        request.url,
        request.body,
        h.timestamp.as_deref().unwrap_or_default(),
    );
    if !signature::matches(&expected, h.signature.as_deref().unwrap_or_default()) {
        return Err(invalid_signature("Invalid signature"));
    }
    // A key may always introspect itself (`/auth/currentCredential`, `/auth/time`),
    // whatever its rules: an assumption, it is how a client checks its own rights.
    let self_service = request.path.starts_with("/auth/");
    if !self_service && !credential.rules.iter().any(|rule| rule.grants(request.method, request.path)) {
        return Err(legacy(StatusCode::FORBIDDEN, "NOT_GRANTED_CALL", None, "This call has not been granted"));
    }
    credential.last_use = Some(now);
    Ok(Caller {
        account: credential.account.clone(),
        application_key: Some(ak.clone()),
        consumer_key: Some(ck.clone()),
        signed: true,
        bearer: false,
    })
}

fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then_some(token.trim()).filter(|t| !t.is_empty())
}

fn bearer(world: &mut World, token: &str) -> Result<Caller, Reply> {
    let now = world.now();
    match world.tokens.get(token) {
        Some(rec) if rec.expires > now => {
            Ok(Caller { account: Some(rec.account.clone()), bearer: true, ..Caller::default() })
        }
        Some(_) => {
            world.tokens.remove(token);
            Err(legacy(StatusCode::UNAUTHORIZED, "INVALID_CREDENTIAL", None, "This access token has expired"))
        }
        None => Err(legacy(StatusCode::UNAUTHORIZED, "INVALID_CREDENTIAL", None, "This access token is not valid")),
    }
}
