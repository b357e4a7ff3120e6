//! What the account must do before it may order, and whether its voucher is usable: both
//! come from one `GET /cloud/eligibility[?voucher=]`, read while the cart is made, as the
//! Control Panel does before its form. The US API has no such route: there the voucher is
//! checked by the quote (see `order`).

use crate::api::models::{Eligibility, voucher_error_code};
use crate::app::labels;

use super::output::{Out, Problem};

/// Why the order cannot go on, if the eligibility says so: a voucher that needs a payment
/// method the account lacks (bad input, exit 2), or actions the account must take first in
/// the Control Panel (exit 3, `kind: "eligibility"` with the actions).
pub fn refusal(out: &Out, panel: &str, voucher: Option<&str>, eligibility: &Eligibility) -> Option<Problem> {
    if let Some(code) = voucher.filter(|_| eligibility.voucher_needs_missing_payment_method()) {
        let message = out.ta(msgid!("cli-voucher-refused"), &[("code", code)]);
        let why = out.t(labels::voucher_refusal("VOUCHER_PAYMENT_MEAN"));
        let what_to_do = out.ta(msgid!("eligibility-add-payment-method"), &[("url", panel)]);
        return Some(Problem::usage(format!("{message}: {why}")).with_hint(what_to_do));
    }
    let actions = eligibility.actions();
    if actions.is_empty() {
        return None;
    }
    Some(blocked(out, panel, actions, Some(eligibility)))
}

/// The account must act first: each action explained with where to do it, and the
/// minimum credit and accepted payment methods when the API gives them.
pub fn blocked(out: &Out, panel: &str, actions: &[String], eligibility: Option<&Eligibility>) -> Problem {
    let mut parts = vec![out.t(msgid!("eligibility-blocked"))];
    for action in actions {
        parts.push(out.ta(labels::eligibility_action(action), &[("url", panel), ("action", action)]));
    }
    if let Some(credit) = eligibility.and_then(|e| e.minimum_credit.as_ref()) {
        parts.push(out.ta(msgid!("eligibility-minimum-credit"), &[("amount", &credit.text)]));
    }
    if let Some(methods) = eligibility.and_then(|e| e.payment_methods_authorized.as_ref()).filter(|m| !m.is_empty()) {
        parts.push(out.ta(msgid!("eligibility-methods"), &[("methods", &labels::payment_types(out.lang, methods))]));
    }
    Problem::eligibility(parts.join(" "), actions.to_vec())
}

/// What a voucher refusal's `VOUCHER_*` code means, in the person's language.
pub fn voucher_explanation(out: &Out, message: &str) -> Option<String> {
    voucher_error_code(message).map(|code| out.t(labels::voucher_refusal(code)))
}
