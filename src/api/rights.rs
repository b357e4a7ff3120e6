//! The access rules ovhcart asks for when it requests a consumer key: exactly the routes
//! it calls (`api::flow`, the wizard's effects, `login` and `doctor`), nothing more. The
//! official CLI asks for `*` on every method; a key made by `ovhcart login` cannot touch a
//! server, a domain or a bill.
//!
//! Keep this list in step with the code: a route called but missing here fails with
//! `NOT_GRANTED_CALL` on real keys (the sandbox enforces rules too), and `docs/login.md`
//! lists the same rules for people.

use serde::Serialize;

use super::models::{AccessRule, wildcard_match};

/// One rule ovhcart needs, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Need {
    pub method: &'static str,
    pub path: &'static str,
    /// What calls it, for `doctor` and the docs.
    pub why: &'static str,
}

const fn need(method: &'static str, path: &'static str, why: &'static str) -> Need {
    Need { method, path, why }
}

/// Every rule ovhcart requests, in the order the flow first uses them.
pub const NEEDED: [Need; 13] = [
    // The account's nichandle and subsidiary, shown before anything is ordered; `login`
    // also calls it to prove the new key works.
    need("GET", "/me", "read the account (name, subsidiary)"),
    // `?default=true` finds the default payment method; the order is paid with it.
    need("GET", "/me/payment/method", "find the default payment method"),
    need("GET", "/me/payment/method/*", "describe the default payment method"),
    // A voucher is checked before it is put in the cart.
    need("GET", "/cloud/eligibility", "check the account's eligibility and a voucher"),
    // Creating a cart; everything else on it is under /order/cart/{cartId}.
    need("POST", "/order/cart", "create a cart"),
    // Finding ovhcart's own leftover carts (by description) to resume or delete them.
    need("GET", "/order/cart", "list the account's carts"),
    // The cart, its Public Cloud offers, items, required configuration and the quote.
    need("GET", "/order/cart/*", "read a cart, its offers, items and quote"),
    // assign, add the project, set its configuration, checkout.
    need("POST", "/order/cart/*", "assign a cart, add the project, configure it, check out"),
    // Dropping a cart, an item or a configuration being replaced.
    need("DELETE", "/order/cart/*", "delete a cart, an item or a configuration"),
    // After a checkout whose answer was lost: the recent orders, to never order twice.
    need("GET", "/me/order", "find an order placed just before a lost answer"),
    // The order, its status, follow-up and details (where the new project id appears).
    need("GET", "/me/order/*", "follow the order until the project is delivered"),
    // payWithRegisteredPaymentMean, only for an order whose total is zero.
    need("POST", "/me/order/*", "pay a zero-total order"),
    // `ovhcart doctor` reads the key's own rules.
    need("GET", "/auth/currentCredential", "let ovhcart doctor read this key's rules"),
];

/// The rules of a `POST /auth/credential` request.
pub fn needed_rules() -> Vec<AccessRule> {
    NEEDED.iter().map(|n| AccessRule::new(n.method, n.path)).collect()
}

/// Whether one needed rule is covered by a credential's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    #[serde(flatten)]
    pub need: Need,
    pub granted: bool,
}

/// Each needed rule, with whether `rules` grant it entirely. A granted rule's pattern
/// must match the needed pattern taken literally: `GET /order/*` or `GET /*` cover
/// `GET /order/cart/*`; `GET /order/cart/*/item` covers only part of it, which is not
/// enough.
pub fn check(rules: &[AccessRule]) -> Vec<Check> {
    NEEDED.iter().map(|need| Check { need: *need, granted: rules.iter().any(|rule| covers(rule, need)) }).collect()
}

fn covers(rule: &AccessRule, need: &Need) -> bool {
    rule.method.eq_ignore_ascii_case(need.method) && wildcard_match(&rule.path, need.path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_request_is_exactly_the_list() {
        let rules = needed_rules();
        assert_eq!(rules.len(), NEEDED.len());
        assert!(rules.iter().all(|r| r.path != "/*"), "never everything");
        assert!(check(&rules).iter().all(|c| c.granted));
    }

    #[test]
    fn broad_rules_cover_and_narrow_ones_do_not() {
        let all: Vec<AccessRule> = ["GET", "POST", "PUT", "DELETE"].iter().map(|m| AccessRule::new(m, "/*")).collect();
        assert!(check(&all).iter().all(|c| c.granted));

        let some =
            [AccessRule::new("GET", "/order/*"), AccessRule::new("GET", "/me"), AccessRule::new("post", "/me/order/*")];
        let granted: Vec<(&str, &str)> =
            check(&some).iter().filter(|c| c.granted).map(|c| (c.need.method, c.need.path)).collect();
        assert_eq!(
            granted,
            [("GET", "/me"), ("GET", "/order/cart"), ("GET", "/order/cart/*"), ("POST", "/me/order/*")]
        );

        let partial = [AccessRule::new("GET", "/order/cart/*/item")];
        assert!(check(&partial).iter().all(|c| !c.granted));
    }
}
