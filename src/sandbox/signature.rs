//! The sandbox's own check of `X-Ovh-Signature` (docs/ovh-order-api.md §3, §7):
//! `"$1$" + lowercase hex(SHA1(AS + "+" + CK + "+" + METHOD + "+" + URL + "+" + BODY + "+" + TIMESTAMP))`.
//!
//! Written here, apart from the client's `api::sign`, on purpose: if both sides shared one
//! formula, a mistake in it would sign and verify alike and no test would notice. Each
//! side is tested against the same fixed vectors instead (the upstream SDKs' and one
//! computed with `sha1sum`). The body is the raw bytes received, never re-serialised.

use std::fmt::Write;

use sha1::{Digest, Sha1};

/// What a client must send as `X-Ovh-Signature` for this request.
pub fn expected(
    application_secret: &str,
    consumer_key: &str,
    method: &str,
    url: &str,
    body: &[u8],
    timestamp: &str,
) -> String {
    let mut preimage = Vec::with_capacity(application_secret.len() + consumer_key.len() + url.len() + body.len() + 32);
    preimage.extend_from_slice(format!("{application_secret}+{consumer_key}+{method}+{url}+").as_bytes());
    preimage.extend_from_slice(body);
    preimage.extend_from_slice(format!("+{timestamp}").as_bytes());
    let digest = Sha1::digest(&preimage);
    digest.iter().fold(String::from("$1$"), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}

/// Whether `given` is `expected`, in time that does not depend on where they differ.
pub fn matches(expected: &str, given: &str) -> bool {
    let (a, b) = (expected.as_bytes(), given.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |diff, (x, y)| diff | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::demo;

    const AS: &str = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk";
    const CK: &str = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY";
    const TS: &str = "1457018875";
    const BODY: &[u8] = br#"{"a":"b","c":"d"}"#;

    /// §7.1: python-ovh's and go-ovh's own test vectors.
    #[test]
    fn upstream_vectors() {
        let cases: [(&str, &str, &[u8], &str); 5] = [
            ("GET", "https://eu.api.ovh.com/1.0/auth", b"", "$1$e9556054b6309771395efa467c22e627407461ad"),
            ("POST", "https://eu.api.ovh.com/1.0/auth", BODY, "$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"),
            ("PUT", "https://eu.api.ovh.com/1.0/auth", BODY, "$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b"),
            ("DELETE", "https://eu.api.ovh.com/1.0/auth", b"", "$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85"),
            ("GET", "https://eu.api.ovh.com/v2/call", b"", "$1$bb63b132a6f84ad5433d0c534d48d3f7c3804285"),
        ];
        for (method, url, body, want) in cases {
            assert_eq!(expected(AS, CK, method, url, body, TS), want, "{method} {url}");
        }
    }

    /// §7.2: the raw body bytes are hashed, so python-ovh's ASCII-escaped JSON and go-ovh's
    /// UTF-8 JSON of the same value have different signatures, and both verify.
    #[test]
    fn the_body_is_hashed_as_received() {
        let url =
            "https://eu.api.ovh.com/1.0/order/cart/8c1a1b2c-0000-4000-8000-000000000001/item/123456789/configuration";
        let escaped = br#"{"label":"description","value":"Projet \u00e9"}"#;
        let utf8 = r#"{"label":"description","value":"Projet é"}"#.as_bytes();
        assert_eq!(expected(AS, CK, "POST", url, escaped, TS), "$1$16729056fc9aa3a07308e06dbbbeca4d575fa5b3");
        assert_eq!(expected(AS, CK, "POST", url, utf8, TS), "$1$246dbbdcbe38d69509902268d4931161bd5ccd7b");
    }

    /// The demo keys on a sandbox URL, the digest computed outside Rust:
    /// `printf '%s' 'ovhcartSandboxApplicationSecret0+ovhcartSandboxConsumerKeyDemo001+POST+http://127.0.0.1:8080/1.0/order/cart+{"ovhSubsidiary":"FR"}+1457018875' | sha1sum`
    #[test]
    fn a_sandbox_request_signed_with_the_demo_keys() {
        let url = "http://127.0.0.1:8080/1.0/order/cart";
        let body = br#"{"ovhSubsidiary":"FR"}"#;
        let want = "$1$06e809f338637fbd1b36780e07bf24c4ceb2b637";
        assert_eq!(expected(demo::APPLICATION_SECRET, demo::CONSUMER_KEY, "POST", url, body, TS), want);
    }

    #[test]
    fn matching_is_exact() {
        let sig = "$1$e9556054b6309771395efa467c22e627407461ad";
        assert!(matches(sig, sig));
        assert!(!matches(sig, "$1$e9556054b6309771395efa467c22e627407461ae"));
        assert!(!matches(sig, "$1$E9556054B6309771395EFA467C22E627407461AD"));
        assert!(!matches(sig, &sig[..sig.len() - 1]));
        assert!(!matches(sig, ""));
    }
}
