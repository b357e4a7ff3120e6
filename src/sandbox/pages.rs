//! What the sandbox serves outside `/1.0`: the page that validates a consumer key, the
//! page that pays an order (the order's `url`), and the OAuth2 token endpoint.

use chrono::Duration;
use hyper::StatusCode;

use super::demo;
use super::reply::Reply;
use super::router::printable;
use super::state::{CredentialState, TokenRec, World};
use crate::api::models::TokenAnswer;

fn page(status: StatusCode, title: &str, text: &str) -> Reply {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    Reply::html(
        status,
        format!(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{t}</title></head>\n\
             <body><h1>{t}</h1><p>{x}</p><p><small>ovhcart sandbox: nothing here is real.</small></p></body></html>\n",
            t = escape(title),
            x = escape(text)
        ),
    )
}

/// `GET /sandbox/validate?credentialToken=…`: what a person does on the real login page.
pub fn validate(world: &mut World, token: Option<&str>) -> Reply {
    let Some(ck) = token.and_then(|t| world.validation_tokens.remove(t)) else {
        return page(StatusCode::NOT_FOUND, "Unknown validation link", "This link is unknown or was already used.");
    };
    let Some(credential) = world.credentials.get_mut(&ck) else {
        return page(StatusCode::NOT_FOUND, "Unknown validation link", "This consumer key no longer exists.");
    };
    credential.state = CredentialState::Validated;
    credential.account = Some(demo::DEMO_ACCOUNT.to_owned());
    page(
        StatusCode::OK,
        "Consumer key validated",
        &format!(
            "The consumer key now acts for the account {} with {} access rule(s). You can close this page.",
            demo::DEMO_ACCOUNT,
            credential.rules.len()
        ),
    )
}

/// `GET /sandbox/pay/{orderId}`: pays the order with the demo card, for demonstrations.
pub fn pay(world: &mut World, raw_id: &str) -> Reply {
    let now = world.now();
    let order = raw_id.parse::<i64>().ok().and_then(|id| world.orders.get_mut(&id));
    let Some(order) = order else {
        return page(StatusCode::NOT_FOUND, "Unknown order", &format!("There is no order {}.", printable(raw_id)));
    };
    if order.paid_at.is_some() {
        return page(StatusCode::OK, "Order already paid", &format!("Order {} was already paid.", order.id));
    }
    order.paid_at = Some(now);
    page(StatusCode::OK, "Order paid", &format!("Order {} is paid; delivery starts now.", order.id))
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Reply {
    Reply::json(status, &serde_json::json!({ "error": error, "error_description": description }))
}

/// `POST /auth/oauth2/token`: client-credentials grant, client authenticated by HTTP Basic
/// (or, as RFC 6749 also allows, by `client_id`/`client_secret` in the form).
pub fn token(world: &mut World, authorization: Option<&str>, body: &[u8]) -> Reply {
    let form: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let basic = authorization.and_then(basic_credentials);
    let (id, secret) = match basic {
        Some(pair) => pair,
        None => (field("client_id").unwrap_or_default(), field("client_secret").unwrap_or_default()),
    };
    if id != demo::CLIENT_ID || secret != demo::CLIENT_SECRET {
        return oauth_error(StatusCode::UNAUTHORIZED, "invalid_client", "ovhcloud oauth2 client does not exists");
    }
    if field("grant_type").as_deref() != Some("client_credentials") {
        return oauth_error(StatusCode::BAD_REQUEST, "unsupported_grant_type", "only client_credentials is supported");
    }
    let scope = field("scope").unwrap_or_else(|| "all".into());
    if scope != "all" {
        return oauth_error(StatusCode::BAD_REQUEST, "invalid_scope", "the only scope is all");
    }
    let ttl = world.config.token_ttl_secs.max(1);
    let access_token = world.token(40);
    let expires = world.now() + Duration::seconds(ttl);
    world.tokens.insert(access_token.clone(), TokenRec { account: demo::DEMO_ACCOUNT.to_owned(), expires });
    let answer = TokenAnswer {
        access_token,
        token_type: "Bearer".into(),
        expires_in: Some(u64::try_from(ttl).unwrap_or(1)),
        scope: Some(scope),
    };
    Reply::json(StatusCode::OK, &answer)
}

/// `Basic base64(id:secret)`, both parts form-urlencoded (RFC 6749 §2.3.1).
fn basic_credentials(header: &str) -> Option<(String, String)> {
    let (scheme, encoded) = header.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = String::from_utf8(base64_decode(encoded.trim())?).ok()?;
    let (id, secret) = decoded.split_once(':')?;
    let unescape =
        |s: &str| url::form_urlencoded::parse(format!("x={s}").as_bytes()).next().map(|(_, v)| v.into_owned());
    Some((unescape(id)?, unescape(secret)?))
}

/// Standard base64 with optional padding; `None` on any other character.
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for byte in text.trim_end_matches('=').bytes() {
        let v = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_auth() {
        // "ovhcart-sandbox-client:ovhcartSandboxClientSecret000000"
        let header = "Basic b3ZoY2FydC1zYW5kYm94LWNsaWVudDpvdmhjYXJ0U2FuZGJveENsaWVudFNlY3JldDAwMDAwMA==";
        assert_eq!(basic_credentials(header), Some((demo::CLIENT_ID.to_owned(), demo::CLIENT_SECRET.to_owned())));
        assert_eq!(base64_decode("YQ"), Some(b"a".to_vec()));
        assert_eq!(base64_decode("a*b"), None);
        assert_eq!(basic_credentials("Bearer x"), None);
    }
}
