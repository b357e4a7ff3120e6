//! `auth.*`: consumer-key requests and the current credential.

use serde::{Deserialize, Serialize};

/// `auth.AccessRule`: a method and a path pattern where `*` matches anything.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AccessRule {
    pub method: String,
    pub path: String,
}

impl AccessRule {
    pub fn new(method: &str, path: &str) -> Self {
        Self { method: method.to_owned(), path: path.to_owned() }
    }

    /// Whether this rule grants `method` on `path` (a path without the `/1.0` prefix
    /// and without its query string). `*` in the rule matches any run of characters.
    pub fn grants(&self, method: &str, path: &str) -> bool {
        self.method.eq_ignore_ascii_case(method) && wildcard_match(&self.path, path)
    }
}

/// Glob match where `*` matches any (possibly empty) run of characters.
pub fn wildcard_match(pattern: &str, text: &str) -> bool {
    let (p, t) = (pattern.as_bytes(), text.as_bytes());
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && p[pi] == b'*' {
            star = Some((pi, ti));
            pi += 1;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&b| b == b'*')
}

/// `auth.ApiCredentialRequestParams`, the body of `POST /auth/credential`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CredentialRequest {
    pub access_rules: Vec<AccessRule>,
    #[serde(default)]
    pub redirection: Option<String>,
    #[serde(default, rename = "allowedIPs")]
    pub allowed_ips: Option<Vec<String>>,
}

/// `auth.ApiCredentialRequest`, the answer of `POST /auth/credential`. `Debug` masks the
/// consumer key.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CredentialRequestAnswer {
    pub consumer_key: String,
    pub state: String,
    pub validation_url: String,
}

/// `auth.ApiCredential`, from `GET /auth/currentCredential`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Credential {
    #[serde(default, rename = "allowedIPs")]
    pub allowed_ips: Option<Vec<String>>,
    #[serde(default)]
    pub application_id: i64,
    #[serde(default)]
    pub creation: String,
    #[serde(default)]
    pub credential_id: i64,
    #[serde(default)]
    pub expiration: Option<String>,
    #[serde(default)]
    pub last_use: Option<String>,
    #[serde(default)]
    pub ovh_support: bool,
    #[serde(default)]
    pub rules: Vec<AccessRule>,
    pub status: String,
}

/// An OAuth2 token answer (client-credentials grant). `Debug` masks the token.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenAnswer {
    pub access_token: String,
    #[serde(default)]
    pub token_type: String,
    #[serde(default)]
    pub expires_in: Option<u64>,
    #[serde(default)]
    pub scope: Option<String>,
}

impl std::fmt::Debug for CredentialRequestAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialRequestAnswer")
            .field("consumer_key", &"***")
            .field("state", &self.state)
            .field("validation_url", &self.validation_url)
            .finish()
    }
}

impl std::fmt::Debug for TokenAnswer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenAnswer")
            .field("access_token", &"***")
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard_match("/*", "/order/cart"));
        assert!(wildcard_match("/order/cart/*", "/order/cart/abc/item/1"));
        assert!(!wildcard_match("/order/cart/*", "/order/cart"));
        assert!(wildcard_match("/order/cart", "/order/cart"));
        assert!(wildcard_match("/me/order/*/status", "/me/order/12/status"));
        assert!(!wildcard_match("/me", "/me/order"));
        assert!(AccessRule::new("get", "/me").grants("GET", "/me"));
        assert!(!AccessRule::new("GET", "/me").grants("POST", "/me"));
    }
}
