//! Request signatures: `"$1$" + hex(SHA1(AS+"+"+CK+"+"+METHOD+"+"+URL+"+"+BODY+"+"+TS))`.
//!
//! The body is hashed as the exact bytes sent (or received, on the sandbox side): it is
//! never re-serialised in between, so python-ovh's ASCII-escaped JSON and go-ovh's UTF-8
//! JSON both verify.

use sha1::{Digest, Sha1};

/// Signs one request. `url` is the full target URL including the query string.
pub fn signature(
    application_secret: &str,
    consumer_key: &str,
    method: &str,
    url: &str,
    body: &[u8],
    timestamp: &str,
) -> String {
    let mut hasher = Sha1::new();
    for part in [application_secret.as_bytes(), consumer_key.as_bytes(), method.as_bytes(), url.as_bytes()] {
        hasher.update(part);
        hasher.update(b"+");
    }
    hasher.update(body);
    hasher.update(b"+");
    hasher.update(timestamp.as_bytes());
    let digest = hasher.finalize();
    let mut out = String::with_capacity(3 + 40);
    out.push_str("$1$");
    for byte in digest {
        out.push(char::from_digit(u32::from(byte >> 4), 16).unwrap_or('0'));
        out.push(char::from_digit(u32::from(byte & 0xf), 16).unwrap_or('0'));
    }
    out
}

/// Compares two signatures in time independent of where they first differ.
pub fn signatures_match(expected: &str, given: &str) -> bool {
    let (a, b) = (expected.as_bytes(), given.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    const AS: &str = "9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk";
    const CK: &str = "5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY";
    const TS: &str = "1457018875";
    const BODY: &[u8] = br#"{"a":"b","c":"d"}"#;
    const EU: &str = "https://eu.api.ovh.com";

    fn sig(method: &str, url: &str, body: &[u8]) -> String {
        signature(AS, CK, method, url, body, TS)
    }

    /// §7.1: the vectors of python-ovh's and go-ovh's own tests.
    #[test]
    fn upstream_vectors() {
        let cases: [(&str, &str, &[u8], &str); 11] = [
            ("GET", "/1.0/auth", b"", "$1$e9556054b6309771395efa467c22e627407461ad"),
            ("POST", "/1.0/auth", BODY, "$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1"),
            ("PUT", "/1.0/auth", BODY, "$1$8a75a9e7c8e7296c9dbeda6a2a735eb6bd58ec4b"),
            ("DELETE", "/1.0/auth", b"", "$1$a1eecd00b3b02b6cf5708b84b9ff42059a950d85"),
            ("GET", "/1.0/authTO", b"", "$1$1f0958be70f095ddaba525778a9ac1dcffac89f3"),
            ("POST", "/1.0/authTO", BODY, "$1$b592effcb3bc2d37860eceb06a1b17670fbe49c6"),
            ("PUT", "/1.0/authTO", BODY, "$1$6b27c2a693a0eb4980217046b2fe10d74ba796f0"),
            ("DELETE", "/1.0/authTO", b"", "$1$bd59b15361548c388058009e00c508081e991e8b"),
            ("GET", "/1.0/call", b"", "$1$7f2db49253edfc41891023fcd1a54cf61db05fbb"),
            ("GET", "/v1/call", b"", "$1$e6e7906d385eb28adcbfbe6b66c1528a42d741ad"),
            ("GET", "/v2/call", b"", "$1$bb63b132a6f84ad5433d0c534d48d3f7c3804285"),
        ];
        for (method, path, body, expected) in cases {
            assert_eq!(sig(method, &format!("{EU}{path}"), body), expected, "{method} {path}");
        }
    }

    /// The sandbox's demo keys on a sandbox URL; the same fixed digest the sandbox's own
    /// check (`sandbox::signature`) is tested against, computed outside Rust:
    /// `printf '%s' 'ovhcartSandboxApplicationSecret0+ovhcartSandboxConsumerKeyDemo001+POST+http://127.0.0.1:8080/1.0/order/cart+{"ovhSubsidiary":"FR"}+1457018875' | sha1sum`
    #[test]
    fn a_sandbox_request_with_the_demo_keys() {
        let signed = signature(
            "ovhcartSandboxApplicationSecret0",
            "ovhcartSandboxConsumerKeyDemo001",
            "POST",
            "http://127.0.0.1:8080/1.0/order/cart",
            br#"{"ovhSubsidiary":"FR"}"#,
            TS,
        );
        assert_eq!(signed, "$1$06e809f338637fbd1b36780e07bf24c4ceb2b637");
    }

    /// §7.2: vectors derived for this flow, including both JSON escapings of `é`.
    #[test]
    fn flow_vectors() {
        let cart = "https://eu.api.ovh.com/1.0/order/cart/8c1a1b2c-0000-4000-8000-000000000001";
        let config = format!("{cart}/item/123456789/configuration");
        let cases: [(&str, String, &[u8], &str); 7] = [
            (
                "POST",
                format!("{EU}/1.0/order/cart"),
                br#"{"ovhSubsidiary":"FR"}"#,
                "$1$3825b99e24075550735799e9d7a76f89a1ae9c0b",
            ),
            ("GET", format!("{cart}/cloud"), b"", "$1$93062842b5afd5a6e26e99e5af38faa53c4d1786"),
            (
                "POST",
                format!("{cart}/cloud"),
                br#"{"duration":"P1M","planCode":"project.2018","pricingMode":"default","quantity":1}"#,
                "$1$6e540c5d4e723581a902dd0519c9ee8875b7f539",
            ),
            (
                "POST",
                format!("{cart}/checkout"),
                br#"{"autoPayWithPreferredPaymentMethod":false,"waiveRetractationPeriod":true}"#,
                "$1$7374abd989fe39b4df15913db099a8b79730471b",
            ),
            (
                "GET",
                format!("{EU}/1.0/me/payment/method?default=true"),
                b"",
                "$1$9a41e869d6075e1666b2d2b2b8c704ff2d69524e",
            ),
            (
                "POST",
                config.clone(),
                br#"{"label":"description","value":"Projet \u00e9"}"#,
                "$1$16729056fc9aa3a07308e06dbbbeca4d575fa5b3",
            ),
            (
                "POST",
                config,
                "{\"label\":\"description\",\"value\":\"Projet é\"}".as_bytes(),
                "$1$246dbbdcbe38d69509902268d4931161bd5ccd7b",
            ),
        ];
        for (method, url, body, expected) in cases {
            assert_eq!(sig(method, &url, body), expected, "{method} {url}");
        }
    }

    #[test]
    fn constant_time_compare() {
        assert!(signatures_match("$1$abc", "$1$abc"));
        assert!(!signatures_match("$1$abc", "$1$abd"));
        assert!(!signatures_match("$1$abc", "$1$ab"));
    }
}
