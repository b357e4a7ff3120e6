//! What went wrong with an API call, kept whole (status, class, errorCode, message,
//! X-Ovh-QueryID) and sorted into kinds a person can act on. What to do about each kind
//! is said in the person's language by the front ends (`app::labels::error_hint`), not here.

use std::fmt;

use super::models::ErrorBody;

/// What a person can do something about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// The application key, consumer key or token is unknown, expired or not validated.
    InvalidCredentials,
    /// The signature did not match: a wrong application secret, or a clock far off.
    InvalidSignature,
    /// The consumer key's access rules do not cover this call.
    NotGranted,
    /// The server refused (403) for another reason, e.g. a cart of another account.
    Forbidden,
    /// The cart does not exist any more (expired after a day, or deleted).
    CartNotFound,
    /// Another resource (order, item, configuration, route) was not found.
    NotFound,
    /// The request was refused as invalid (400, 409): the message says which field.
    BadRequest,
    /// Too many requests (429).
    RateLimited,
    /// The API answered 5xx.
    ServerUnavailable,
    /// No answer: connection refused or reset, DNS, TLS, timeout.
    Network,
    /// An answer that is not what the API contract promises (HTML, empty, wrong shape).
    InvalidResponse,
    /// Refused before sending: credentials would travel over plain http:// to a host that
    /// is not this machine (see `client::clear_http_refusal`).
    ClearHttp,
}

impl ErrorKind {
    /// Every kind, for the tests that check each one has its words in every catalogue
    /// (the advice itself lives there: `app::labels::error_hint`).
    pub const ALL: [ErrorKind; 12] = [
        ErrorKind::InvalidCredentials,
        ErrorKind::InvalidSignature,
        ErrorKind::NotGranted,
        ErrorKind::Forbidden,
        ErrorKind::CartNotFound,
        ErrorKind::NotFound,
        ErrorKind::BadRequest,
        ErrorKind::RateLimited,
        ErrorKind::ServerUnavailable,
        ErrorKind::Network,
        ErrorKind::InvalidResponse,
        ErrorKind::ClearHttp,
    ];
}

/// Whether the server may have acted on the request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// It answered with a refusal, or the request never left: nothing happened.
    NotApplied,
    /// The request may have been processed (answer lost, timeout, 5xx on a write).
    /// A write in this state is reconciled before it is ever sent again.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub kind: ErrorKind,
    pub outcome: Outcome,
    pub method: String,
    /// The API path called (without the base URL), query included.
    pub path: String,
    pub status: Option<u16>,
    pub class: Option<String>,
    pub error_code: Option<String>,
    /// The server's message, or a description of what failed on our side.
    pub message: String,
    pub query_id: Option<String>,
}

impl ApiError {
    /// An error from an HTTP answer with a non-success status.
    pub fn from_answer(method: &str, path: &str, status: u16, body: &[u8], query_id: Option<String>) -> ApiError {
        let parsed: Option<ErrorBody> = serde_json::from_slice(body).ok();
        let (class, error_code, message) = match parsed {
            Some(b) if !b.message.is_empty() || b.class.is_some() || b.error_code.is_some() => {
                (b.class, b.error_code, b.message)
            }
            _ => (None, None, describe_raw_body(status, body)),
        };
        let kind = classify(path, status, error_code.as_deref());
        let outcome = if method == "POST" && status >= 500 { Outcome::Unknown } else { Outcome::NotApplied };
        ApiError {
            kind,
            outcome,
            method: method.to_owned(),
            path: path.to_owned(),
            status: Some(status),
            class,
            error_code,
            message,
            query_id,
        }
    }

    /// An error without an HTTP answer.
    pub fn without_answer(
        kind: ErrorKind,
        outcome: Outcome,
        method: &str,
        path: &str,
        message: impl Into<String>,
    ) -> ApiError {
        ApiError {
            kind,
            outcome,
            method: method.to_owned(),
            path: path.to_owned(),
            status: None,
            class: None,
            error_code: None,
            message: message.into(),
            query_id: None,
        }
    }

    /// Whether re-sending the same request is safe and may help.
    pub fn is_transient(&self) -> bool {
        matches!(self.kind, ErrorKind::Network | ErrorKind::ServerUnavailable | ErrorKind::RateLimited)
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.method, self.path, self.message)?;
        match (self.status, &self.class, &self.error_code) {
            (Some(status), Some(class), _) => write!(f, " (HTTP {status}, {class})")?,
            (Some(status), None, Some(code)) => write!(f, " (HTTP {status}, {code})")?,
            (Some(status), None, None) => write!(f, " (HTTP {status})")?,
            (None, _, _) => {}
        }
        if let Some(id) = &self.query_id {
            write!(f, " [X-Ovh-QueryID: {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

fn classify(path: &str, status: u16, code: Option<&str>) -> ErrorKind {
    match code {
        Some("INVALID_SIGNATURE") => return ErrorKind::InvalidSignature,
        Some("NOT_GRANTED_CALL") => return ErrorKind::NotGranted,
        Some("INVALID_KEY" | "INVALID_CREDENTIAL" | "NOT_CREDENTIAL") => {
            return ErrorKind::InvalidCredentials;
        }
        _ => {}
    }
    match status {
        401 => ErrorKind::InvalidCredentials,
        403 => ErrorKind::Forbidden,
        404 if is_cart_path(path) => ErrorKind::CartNotFound,
        404 => ErrorKind::NotFound,
        429 => ErrorKind::RateLimited,
        400..=499 => ErrorKind::BadRequest,
        500..=599 => ErrorKind::ServerUnavailable,
        _ => ErrorKind::InvalidResponse,
    }
}

/// `/order/cart/{id}…`: a 404 there means the cart is gone.
fn is_cart_path(path: &str) -> bool {
    let path = path.split('?').next().unwrap_or(path);
    path.strip_prefix("/order/cart/").is_some_and(|rest| !rest.is_empty())
}

/// A short, printable description of a body that is not an OVH error document
/// (an HTML page from a proxy, an empty answer).
fn describe_raw_body(status: u16, body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let text = text.trim();
    if text.is_empty() {
        return format!("HTTP {status} with an empty body");
    }
    let title = text
        .find("<title>")
        .and_then(|start| text[start + 7..].find("</title>").map(|end| &text[start + 7..start + 7 + end]));
    let snippet: String = title.unwrap_or(text).chars().filter(|c| !c.is_control()).take(120).collect();
    format!("HTTP {status}, not an API answer: {snippet}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_and_class_shapes() {
        let e = ApiError::from_answer(
            "GET",
            "/me",
            400,
            br#"{"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"}"#,
            Some("EU.ext-1.abc".into()),
        );
        assert_eq!(e.kind, ErrorKind::InvalidSignature);
        assert_eq!(
            e.to_string(),
            "GET /me: Invalid signature (HTTP 400, INVALID_SIGNATURE) [X-Ovh-QueryID: EU.ext-1.abc]"
        );
        let e = ApiError::from_answer(
            "POST",
            "/order/cart/x/checkout",
            403,
            br#"{"class":"Client::Forbidden","message":"You are not allowed"}"#,
            None,
        );
        assert_eq!((e.kind, e.outcome), (ErrorKind::Forbidden, Outcome::NotApplied));
        assert_eq!(e.to_string(), "POST /order/cart/x/checkout: You are not allowed (HTTP 403, Client::Forbidden)");
    }

    #[test]
    fn kinds() {
        let kind =
            |method, path, status, body: &str| ApiError::from_answer(method, path, status, body.as_bytes(), None).kind;
        assert_eq!(
            kind("GET", "/me", 403, r#"{"errorCode":"NOT_GRANTED_CALL","message":"This call has not been granted"}"#),
            ErrorKind::NotGranted
        );
        assert_eq!(
            kind("GET", "/me", 403, r#"{"errorCode":"INVALID_CREDENTIAL","message":"This credential is not valid"}"#),
            ErrorKind::InvalidCredentials
        );
        assert_eq!(kind("GET", "/me", 401, r#"{"message":"You must login first"}"#), ErrorKind::InvalidCredentials);
        assert_eq!(
            kind("GET", "/order/cart/abc/item", 404, r#"{"class":"Client::NotFound","message":"x"}"#),
            ErrorKind::CartNotFound
        );
        assert_eq!(
            kind("GET", "/me/order/1", 404, r#"{"class":"Client::NotFound","message":"x"}"#),
            ErrorKind::NotFound
        );
        assert_eq!(kind("GET", "/order/cart", 429, ""), ErrorKind::RateLimited);
        assert_eq!(
            kind(
                "POST",
                "/order/cart/a/checkout",
                400,
                r#"{"class":"Client::BadRequest","message":"Custom field description is mandatory"}"#
            ),
            ErrorKind::BadRequest
        );
    }

    #[test]
    fn non_json_bodies_are_described() {
        let e = ApiError::from_answer(
            "GET",
            "/me",
            503,
            b"<html><head><title>503 Service Unavailable</title></head></html>",
            None,
        );
        assert_eq!(e.kind, ErrorKind::ServerUnavailable);
        assert_eq!(e.message, "HTTP 503, not an API answer: 503 Service Unavailable");
        let e = ApiError::from_answer("POST", "/order/cart", 502, b"", None);
        assert_eq!((e.message.as_str(), e.outcome), ("HTTP 502 with an empty body", Outcome::Unknown));
    }
}
