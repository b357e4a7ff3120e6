//! The catalogue keys that name API states and error kinds, shared by every way ovhcart
//! talks to people (the full screen, the plain mode, the commands).

use crate::api::ErrorKind;
use crate::api::config::{AuthProblem, ConfigError, WriteStep};
use crate::api::endpoints::{EndpointError, Subsidiary};
use crate::api::error::{ApiError, Outcome};
use crate::api::models::{FollowUpStep, Held, OrderStatus, PaymentMethod, Price};
use crate::i18n::{Lang, countries, format, tr};

/// The name of the subsidiary's country or market in `lang` (`i18n::countries`; its code
/// should the table not know it).
pub fn country(lang: Lang, subsidiary: &Subsidiary) -> &'static str {
    countries::country(lang, subsidiary.code).unwrap_or(subsidiary.code)
}

/// An amount: the API's own text when it sent one, else formatted for `lang`.
pub fn money(lang: Lang, price: &Price) -> String {
    format::money_or_text(lang, &price.text, price.price_in_ucents, &price.currency_code)
}

/// An amount taken off (a reduction, a voucher's share of a line), always with its minus
/// sign, whichever sign the API gave it: every quote line says `-19.99 €` the same way.
pub fn reduction(lang: Lang, price: &Price) -> String {
    let shown = money(lang, price);
    let negative = price.price_in_ucents.map_or(price.value < 0.0, |ucents| ucents < 0);
    if negative || price.is_zero() || shown.trim_start().starts_with(['-', '−']) {
        shown
    } else {
        format!("-{}", shown.trim_start())
    }
}

/// A payment type in words (`CREDIT_CARD` from `/me/payment/method`, `creditCard` from the
/// eligibility's list alike); one it does not know is shown as the API wrote it.
pub fn payment_type(lang: Lang, code: &str) -> String {
    let key: String = code.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    let msgid = match key.as_str() {
        "creditcard" | "card" => msgid!("payment-type-credit-card"),
        "bankaccount" | "corporatebankaccount" => msgid!("payment-type-bank-account"),
        "sepadirectdebit" | "sepa" | "directdebit" => msgid!("payment-type-sepa"),
        "paypal" => msgid!("payment-type-paypal"),
        "deferredpaymentaccount" | "deferred" => msgid!("payment-type-deferred"),
        "fidelityaccount" | "fidelity" => msgid!("payment-type-fidelity"),
        "ovhaccount" | "prepaidaccount" => msgid!("payment-type-prepaid"),
        "rupay" => msgid!("payment-type-rupay"),
        _ => return code.to_owned(),
    };
    tr(lang, msgid)
}

/// A payment method as the review says it: its type in words, then its own label
/// (`Credit card •••• 4242`).
pub fn payment_method(lang: Lang, method: &PaymentMethod) -> String {
    let label = method.label.clone().or_else(|| method.description.clone()).unwrap_or_default();
    format!("{} {label}", payment_type(lang, &method.payment_type)).trim().to_owned()
}

/// The payment types a list names (the eligibility's accepted methods), in words.
pub fn payment_types(lang: Lang, codes: &[String]) -> String {
    codes.iter().map(|code| payment_type(lang, code)).collect::<Vec<_>>().join(", ")
}

/// What to show of an error's own words. A failure with no answer from the API says what
/// happened in the person's language; the transport's internals (`client error
/// (SendRequest)`, OS error numbers) stay in the log, where the client wrote them.
pub fn error_text(lang: Lang, error: &ApiError) -> String {
    match (error.kind, error.status, error.outcome) {
        _ if error.timed_out() => tr(lang, msgid!("error-network-timeout")),
        (ErrorKind::Network, None, Outcome::NotApplied) => tr(lang, msgid!("error-network-connect")),
        (ErrorKind::Network, None, Outcome::Unknown) => tr(lang, msgid!("error-network-lost")),
        _ => error.message.clone(),
    }
}

pub fn order_status(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Cancelled => msgid!("order-status-cancelled"),
        OrderStatus::Cancelling => msgid!("order-status-cancelling"),
        OrderStatus::Checking => msgid!("order-status-checking"),
        OrderStatus::Delivered => msgid!("order-status-delivered"),
        OrderStatus::Delivering => msgid!("order-status-delivering"),
        OrderStatus::DocumentsRequested => msgid!("order-status-documents"),
        OrderStatus::NotPaid => msgid!("order-status-not-paid"),
        OrderStatus::Unknown => msgid!("order-status-unknown"),
    }
}

/// What holds an order, what the person can do and where (`$id`, `$url`). An order in the
/// embedded sandbox cannot be checked once ovhcart ends, so its texts do not say to.
pub fn held(held: Held, sandboxed: bool) -> &'static str {
    match (held, sandboxed) {
        (Held::FraudReview, false) => msgid!("order-held-review"),
        (Held::FraudReview, true) => msgid!("order-held-review-sandbox"),
        (Held::DocumentsRequested, false) => msgid!("order-held-documents"),
        (Held::DocumentsRequested, true) => msgid!("order-held-documents-sandbox"),
        (Held::NotPaid, false) => msgid!("order-held-not-paid"),
        (Held::NotPaid, true) => msgid!("order-held-not-paid-sandbox"),
    }
}

/// Where to follow a placed order once ovhcart ends (`$id`).
pub fn follow_later(sandboxed: bool) -> &'static str {
    if sandboxed { msgid!("order-follow-later-sandbox") } else { msgid!("order-follow-later") }
}

/// What to do when a checkout may have been placed: never order again blindly.
pub fn maybe_placed(sandboxed: bool) -> &'static str {
    if sandboxed { msgid!("order-maybe-placed-sandbox") } else { msgid!("order-maybe-placed") }
}

/// The line said on leaving while the checkout's outcome is unknown (`$cart`).
pub fn order_unknown_exit(sandboxed: bool) -> &'static str {
    if sandboxed { msgid!("order-unknown-exit-sandbox") } else { msgid!("order-unknown-exit") }
}

/// What an eligibility action asks of the person (`$url`: the Control Panel).
pub fn eligibility_action(action: &str) -> &'static str {
    match action {
        "addPaymentMethod" => msgid!("eligibility-add-payment-method"),
        "challengePaymentMethod" => msgid!("eligibility-challenge-payment-method"),
        "verifyPaypal" => msgid!("eligibility-verify-paypal"),
        "askIncreaseProjectsQuota" => msgid!("eligibility-projects-quota"),
        _ => msgid!("eligibility-other"),
    }
}

/// What a `VOUCHER_*` refusal means (the Control Panel's thirteen codes).
pub fn voucher_refusal(code: &str) -> &'static str {
    match code {
        "VOUCHER_INVALID" => msgid!("voucher-code-invalid"),
        "VOUCHER_TOO_MANY_ATTEMPTS" => msgid!("voucher-code-too-many-attempts"),
        "VOUCHER_NO_LONGER_VALID" => msgid!("voucher-code-no-longer-valid"),
        "VOUCHER_ALREADY_USED" | "VOUCHER_ALREADY_USED_2" => msgid!("voucher-code-already-used"),
        "VOUCHER_EXPIRED" => msgid!("voucher-code-expired"),
        "VOUCHER_COUNTRY" => msgid!("voucher-code-country"),
        "VOUCHER_PAYMENT_MEAN" => msgid!("voucher-code-payment-mean"),
        "VOUCHER_TOO_MANY_USED" => msgid!("voucher-code-too-many-used"),
        "VOUCHER_NICHANDLE" => msgid!("voucher-code-nichandle"),
        "VOUCHER_SCORED" => msgid!("voucher-code-scored"),
        "VOUCHER_NEW_CUSTOMER" => msgid!("voucher-code-new-customer"),
        "VOUCHER_NEW_PROJECT" => msgid!("voucher-code-new-project"),
        _ => msgid!("voucher-code-other"),
    }
}

pub fn follow_up_step(step: FollowUpStep) -> &'static str {
    match step {
        FollowUpStep::Validating => msgid!("order-step-validating"),
        FollowUpStep::Validated => msgid!("order-step-validated"),
        FollowUpStep::Delivering => msgid!("order-step-delivering"),
        FollowUpStep::Available | FollowUpStep::Unknown => msgid!("order-step-available"),
    }
}

/// What a person can do about an API error of this kind: the one source of that advice,
/// for the wizard, `--plain`, every command, `doctor`, `login` and the exit lines.
pub fn error_hint(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::InvalidCredentials => msgid!("error-hint-credentials"),
        ErrorKind::InvalidSignature => msgid!("error-hint-signature"),
        ErrorKind::NotGranted => msgid!("error-hint-not-granted"),
        ErrorKind::Forbidden => msgid!("error-hint-forbidden"),
        ErrorKind::CartNotFound => msgid!("error-hint-cart-gone"),
        ErrorKind::NotFound => msgid!("error-hint-not-found"),
        ErrorKind::BadRequest => msgid!("error-hint-bad-request"),
        ErrorKind::RateLimited => msgid!("error-hint-rate-limited"),
        ErrorKind::ServerUnavailable => msgid!("error-hint-server"),
        ErrorKind::Network => msgid!("error-hint-network"),
        ErrorKind::InvalidResponse => msgid!("error-hint-invalid-response"),
        ErrorKind::ClearHttp => msgid!("error-hint-clear-http"),
    }
}

/// What a person can do about a problem with the configuration (finding, reading or
/// saving `ovh.conf` and the `OVH_*` variables): the counterpart of [`error_hint`].
pub fn config_hint(error: &ConfigError) -> &'static str {
    match error {
        ConfigError::Parse { .. } => msgid!("config-hint-parse"),
        ConfigError::Read { .. } => msgid!("config-hint-read"),
        ConfigError::MissingConfigFile { .. } => msgid!("config-hint-missing-file"),
        ConfigError::Endpoint { error: EndpointError::UnknownName(_), .. } => msgid!("config-hint-endpoint-name"),
        ConfigError::Endpoint { error: EndpointError::BadUrl { .. }, .. } => msgid!("config-hint-endpoint-url"),
        ConfigError::Auth { problem, .. } => match problem {
            AuthProblem::Missing => msgid!("config-hint-no-credentials"),
            AuthProblem::IncompleteKeyPair => msgid!("config-hint-incomplete-key-pair"),
            AuthProblem::KeysAndOAuth2 | AuthProblem::AccessTokenAndOther => msgid!("config-hint-one-method"),
            AuthProblem::IncompleteOAuth2 => msgid!("config-hint-incomplete-oauth2"),
            AuthProblem::OAuth2NotSupported { .. } => msgid!("config-hint-oauth2-endpoint"),
        },
        ConfigError::BadValue { .. } => msgid!("config-hint-bad-value"),
        ConfigError::ForeignSymlink { .. } => msgid!("config-hint-foreign-symlink"),
        ConfigError::Write { step, .. } => match step {
            WriteStep::NotAFile => msgid!("config-hint-write-not-a-file"),
            WriteStep::LinkLoop => msgid!("config-hint-write-link-loop"),
            WriteStep::Inspect | WriteStep::ReadLink | WriteStep::WriteTemp | WriteStep::Replace => {
                msgid!("config-hint-write-directory")
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::config::Source;
    use crate::i18n::{catalogue_codes, catalogue_source, message_ids};

    /// Every kind's place in `ErrorKind::ALL`; the match breaks the build when a kind is
    /// added, and the test below then fails until `ALL` lists it.
    fn position(kind: ErrorKind) -> usize {
        match kind {
            ErrorKind::InvalidCredentials => 0,
            ErrorKind::InvalidSignature => 1,
            ErrorKind::NotGranted => 2,
            ErrorKind::Forbidden => 3,
            ErrorKind::CartNotFound => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::BadRequest => 6,
            ErrorKind::RateLimited => 7,
            ErrorKind::ServerUnavailable => 8,
            ErrorKind::Network => 9,
            ErrorKind::InvalidResponse => 10,
            ErrorKind::ClearHttp => 11,
        }
    }

    /// One of each configuration problem (every variant, every auth problem, every write step).
    fn config_errors() -> Vec<ConfigError> {
        let file = || "/home/ada/.ovh.conf".to_owned();
        let auth = |problem| ConfigError::Auth { problem, found: Vec::new(), looked: "OVH_* variables".into() };
        let write = |step| ConfigError::Write { file: file(), reason: "denied".into(), step };
        vec![
            ConfigError::Parse { file: file(), line: 3, problem: "expected `key = value`".into() },
            ConfigError::Read { file: file(), reason: "denied".into() },
            ConfigError::MissingConfigFile { file: file() },
            ConfigError::Endpoint {
                error: EndpointError::UnknownName("ovh-mars".into()),
                from: Source::Flag("--endpoint"),
            },
            ConfigError::Endpoint {
                error: EndpointError::BadUrl { url: "ftp://x".into(), reason: "scheme".into() },
                from: Source::Flag("--endpoint"),
            },
            auth(AuthProblem::Missing),
            auth(AuthProblem::IncompleteKeyPair),
            auth(AuthProblem::KeysAndOAuth2),
            auth(AuthProblem::IncompleteOAuth2),
            auth(AuthProblem::AccessTokenAndOther),
            auth(AuthProblem::OAuth2NotSupported { endpoint: "kimsufi-eu".into() }),
            ConfigError::BadValue { file: file(), key: "consumer_key".into(), problem: "the value is empty" },
            ConfigError::ForeignSymlink { link: file(), owner: 4242 },
            write(WriteStep::Inspect),
            write(WriteStep::NotAFile),
            write(WriteStep::ReadLink),
            write(WriteStep::LinkLoop),
            write(WriteStep::WriteTemp),
            write(WriteStep::Replace),
        ]
    }

    #[test]
    fn error_kind_all_lists_every_kind_once() {
        for (i, kind) in ErrorKind::ALL.into_iter().enumerate() {
            assert_eq!(position(kind), i, "{kind:?}");
        }
        let last = ErrorKind::ALL.into_iter().map(position).max().unwrap();
        assert_eq!(ErrorKind::ALL.len(), last + 1);
    }

    #[test]
    fn every_error_kind_and_config_problem_has_a_hint_in_every_catalogue() {
        let mut ids: Vec<(String, &str)> =
            ErrorKind::ALL.into_iter().map(|k| (format!("{k:?}"), error_hint(k))).collect();
        ids.extend(config_errors().iter().map(|e| (format!("{e:?}"), config_hint(e))));
        let mut missing = Vec::new();
        for code in catalogue_codes() {
            let defined = message_ids(catalogue_source(code).unwrap());
            for (what, id) in &ids {
                if !defined.contains(*id) {
                    missing.push(format!("{code}: {id} (for {what})"));
                }
            }
        }
        assert!(missing.is_empty(), "hints missing from catalogues: {missing:#?}");
        assert_eq!(catalogue_codes().count(), crate::i18n::Lang::ALL.len());
    }

    /// api/ describes what happened; what to do is said here, from the catalogues.
    #[test]
    fn api_keeps_no_advice_for_people() {
        let advice =
            ["fn hint(", "try again", "run `ovhcart", "ovhcart login`", "ovhcart doctor`", "--allow-clear-http"];
        let mut found = Vec::new();
        let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/api")];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().map(Result::unwrap) {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (number, line) in text.lines().enumerate() {
                    let code = line.trim_start();
                    let lower = code.to_lowercase();
                    if !code.starts_with("//") && advice.iter().any(|a| lower.contains(a)) {
                        found.push(format!("{}:{}: {code}", path.display(), number + 1));
                    }
                }
            }
        }
        assert!(found.is_empty(), "advice for people in api/ (move it to the catalogues): {found:#?}");
    }

    #[test]
    fn the_api_kinds_do_not_share_advice() {
        let distinct: std::collections::BTreeSet<_> = ErrorKind::ALL.into_iter().map(error_hint).collect();
        assert_eq!(distinct.len(), ErrorKind::ALL.len());
    }
}

#[cfg(test)]
mod country_tests {
    use crate::api::endpoints::SUBSIDIARIES;
    use crate::i18n::{Lang, countries};

    #[test]
    fn every_subsidiary_has_a_country_name_in_every_language() {
        let mut missing = Vec::new();
        for subsidiary in &SUBSIDIARIES {
            for lang in Lang::ALL {
                if countries::country(lang, subsidiary.code).is_none_or(|name| name.trim().is_empty()) {
                    missing.push(format!("{} in {}", subsidiary.code, lang.code()));
                }
            }
        }
        assert!(missing.is_empty(), "no country name for {missing:?}");
        let unknown: Vec<_> = countries::codes().filter(|code| !SUBSIDIARIES.iter().any(|s| s.code == *code)).collect();
        assert!(unknown.is_empty(), "names for codes that are no subsidiary: {unknown:?}");
    }
}
