//! What a handler answers: a status and a JSON (or HTML) body, and the error shapes of
//! the API (§9.1): `{"class","message"}`, and the legacy `errorCode`/`httpCode` shape
//! for authentication and signature errors.

use hyper::StatusCode;
use serde::Serialize;

use crate::api::models::ErrorBody;

pub const JSON: &str = "application/json; charset=utf-8";
pub const HTML: &str = "text/html; charset=utf-8";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: StatusCode,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

/// Handlers return `Err(reply)` for refusals so that `?` reads naturally.
pub type Handled = Result<Reply, Reply>;

impl Reply {
    pub fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Reply {
        match serde_json::to_vec(value) {
            Ok(body) => Reply { status, content_type: JSON, body },
            Err(_) => internal("the sandbox could not encode its answer"),
        }
    }

    pub fn ok<T: Serialize + ?Sized>(value: &T) -> Handled {
        Ok(Reply::json(StatusCode::OK, value))
    }

    /// A `void` operation: 200 with the body `null`, as the API answers.
    pub fn void() -> Handled {
        Ok(Reply { status: StatusCode::OK, content_type: JSON, body: b"null".to_vec() })
    }

    pub fn html(status: StatusCode, page: String) -> Reply {
        Reply { status, content_type: HTML, body: page.into_bytes() }
    }
}

fn class_error(status: StatusCode, class: &str, message: impl Into<String>) -> Reply {
    let body = ErrorBody { class: Some(class.to_owned()), message: message.into(), ..ErrorBody::default() };
    Reply::json(status, &body)
}

/// The legacy shape: `{"errorCode":…,"httpCode":"400 Bad Request","message":…}` plus `class`.
pub fn legacy(status: StatusCode, error_code: &str, class: Option<&str>, message: impl Into<String>) -> Reply {
    let http_code = format!("{} {}", status.as_u16(), status.canonical_reason().unwrap_or(""));
    let body = ErrorBody {
        class: class.map(str::to_owned),
        error_code: Some(error_code.to_owned()),
        http_code: Some(http_code.trim_end().to_owned()),
        message: message.into(),
        details: None,
    };
    Reply::json(status, &body)
}

/// Only a `message`, as some 401/403 answers are.
pub fn bare(status: StatusCode, message: impl Into<String>) -> Reply {
    Reply::json(status, &ErrorBody { message: message.into(), ..ErrorBody::default() })
}

pub fn bad_request(message: impl Into<String>) -> Reply {
    class_error(StatusCode::BAD_REQUEST, "Client::BadRequest", message)
}

pub fn forbidden(message: impl Into<String>) -> Reply {
    class_error(StatusCode::FORBIDDEN, "Client::Forbidden", message)
}

pub fn not_found(message: impl Into<String>) -> Reply {
    class_error(StatusCode::NOT_FOUND, "Client::NotFound", message)
}

/// OVH's usual wording for a missing object of a collection.
pub fn no_object(key: &str, value: impl std::fmt::Display) -> Reply {
    not_found(format!("The requested object ({key} = {value}) does not exist"))
}

pub fn invalid_url() -> Reply {
    not_found("Got an invalid (or empty) URL")
}

pub fn internal(message: &str) -> Reply {
    let body = format!(r#"{{"class":"Server::InternalServerError","message":{}}}"#, serde_json::json!(message));
    Reply { status: StatusCode::INTERNAL_SERVER_ERROR, content_type: JSON, body: body.into_bytes() }
}

pub fn too_large(limit: usize) -> Reply {
    class_error(
        StatusCode::PAYLOAD_TOO_LARGE,
        "Client::RequestEntityTooLarge",
        format!("The request body is larger than {limit} bytes"),
    )
}

/// Parses a JSON body into a request model; any defect is a 400 naming the problem.
pub fn parse_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, Reply> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(bad_request("Invalid body: a JSON object is required"));
    }
    serde_json::from_slice(body).map_err(|e| bad_request(format!("Invalid body: {e}")))
}

/// Like [`parse_body`], but an absent or empty body is the type's default
/// (checkout and assign accept no body at all).
pub fn parse_optional_body<T: serde::de::DeserializeOwned + Default>(body: &[u8]) -> Result<T, Reply> {
    if body.iter().all(u8::is_ascii_whitespace) { Ok(T::default()) } else { parse_body(body) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let r = legacy(StatusCode::BAD_REQUEST, "INVALID_SIGNATURE", None, "Invalid signature");
        assert_eq!(
            String::from_utf8(r.body).unwrap(),
            r#"{"errorCode":"INVALID_SIGNATURE","httpCode":"400 Bad Request","message":"Invalid signature"}"#
        );
        assert_eq!(
            String::from_utf8(invalid_url().body).unwrap(),
            r#"{"class":"Client::NotFound","message":"Got an invalid (or empty) URL"}"#
        );
        assert_eq!(Reply::void().unwrap().body, b"null");
        assert!(parse_body::<serde_json::Value>(b"{\"a\":").is_err());
        assert!(parse_optional_body::<crate::api::models::CheckoutRequest>(b"").is_ok());
    }
}
