//! The wizard's state as self-contained lines: each one makes sense read alone, so a
//! screen reader can announce it without the lines around it.

use crate::api::endpoints::Subsidiary;
use crate::api::error::ApiError;
use crate::api::models::{Order, Price, ProductOffer};
use crate::app::labels;
use crate::app::state::{MaybePlaced, PlacedState, Stopped};
use crate::app::{EarlierRun, Remote, State, Step};
use crate::i18n::{Lang, format, tr, tr_args};

fn money(lang: Lang, price: &Price) -> String {
    format::money_or_text(lang, &price.text, price.price_in_ucents, &price.currency_code)
}

/// `Step 2 of 6: Plan`.
pub fn step(lang: Lang, step: Step) -> String {
    let args = [("number", step.number().to_string()), ("total", Step::ALL.len().to_string())];
    let name = tr(lang, step.msgid());
    tr_args(lang, msgid!("plain-step"), &[("number", &args[0].1), ("total", &args[1].1), ("name", &name)])
}

/// `3. France (FR), EUR, API ovh-eu, your account's`.
pub fn subsidiary(lang: Lang, number: usize, subsidiary: &Subsidiary, account: Option<&str>) -> String {
    let mut line = format!(
        "{number}. {} ({}), {}, API {}",
        crate::app::labels::country(lang, subsidiary),
        subsidiary.code,
        subsidiary.currency,
        subsidiary.ordered_on().name()
    );
    if account.is_some_and(|a| a.eq_ignore_ascii_case(subsidiary.code)) {
        line.push_str(&format!(", {}", tr(lang, msgid!("subsidiary-yours"))));
    }
    line
}

/// `1. Public Cloud Project, project.2018, 0.00 € per month`.
pub fn offer(lang: Lang, number: usize, offer: &ProductOffer) -> String {
    format!("{number}. {}, {}, {}", offer.product_name, offer.plan_code, renew_price(lang, offer))
}

/// What `offer` costs each period it renews.
fn renew_price(lang: Lang, offer: &ProductOffer) -> String {
    match offer.prices.iter().find(|p| p.has_capacity("renew")) {
        Some(p) => format!("{} {}", money(lang, &p.price), format::period(lang, &p.duration)),
        None => tr(lang, msgid!("plan-no-renew")),
    }
}

/// An option sold with the plan: its name and its price per period.
pub fn option(lang: Lang, label: &str, offer: &ProductOffer) -> String {
    format!("{label}: {}", renew_price(lang, offer))
}

/// What failed, the server's words, the query id and what to do, one line each.
pub fn error(lang: Lang, what: &str, error: &ApiError) -> Vec<String> {
    let message = labels::error_text(lang, error);
    let mut lines = vec![format!("{}: {what}: {message}", tr(lang, msgid!("error-prefix")))];
    if let Some(id) = &error.query_id {
        lines.push(tr_args(lang, msgid!("error-query-id"), &[("id", id)]));
    }
    lines.push(tr(lang, crate::app::labels::error_hint(error.kind)));
    lines
}

/// The review: the choices, the quote, the contracts with their addresses, the payment method.
pub fn review(state: &State, order: &Order) -> Vec<String> {
    let lang = state.lang;
    let label = |key: &str, value: &str| format!("{}: {value}", tr(lang, key));
    let draft = &state.draft;
    let mut lines = Vec::new();
    if let Some(s) = draft.subsidiary {
        lines.push(label(
            msgid!("review-subsidiary"),
            &format!("{} ({}, {})", crate::app::labels::country(lang, s), s.code, s.currency),
        ));
    }
    if let Some(plan) = &draft.plan {
        lines.push(label(msgid!("review-plan"), &plan.plan_code));
    }
    lines.push(label(msgid!("review-name"), draft.name.as_deref().unwrap_or_default()));
    let voucher = match &draft.voucher {
        Some(v) => match &v.credit {
            Some(credit) => format!("{} ({})", v.code, money(lang, credit)),
            None => v.code.clone(),
        },
        None => tr(lang, msgid!("review-no-voucher")),
    };
    lines.push(label(msgid!("review-voucher"), &voucher));
    lines.push(format!("{}:", tr(lang, msgid!("review-quote"))));
    for detail in &order.details {
        lines.push(format!("{} × {}: {}", detail.description, detail.quantity, money(lang, &detail.total_price)));
        for reduction in &detail.reductions {
            let text = tr_args(lang, msgid!("plain-reduction"), &[("what", &reduction.description)]);
            lines.push(format!("{text}: {}", labels::reduction(lang, &reduction.price)));
        }
    }
    let prices = &order.prices;
    if let Some(reduction) = prices.reduction.as_ref().filter(|r| !r.is_zero()) {
        lines.push(label(msgid!("review-reduction"), &labels::reduction(lang, reduction)));
    }
    lines.push(label(msgid!("review-without-tax"), &money(lang, &prices.without_tax)));
    lines.push(label(msgid!("review-tax"), &money(lang, &prices.tax)));
    lines.push(label(msgid!("review-with-tax"), &money(lang, &prices.with_tax)));
    for contract in &order.contracts {
        lines.push(tr_args(lang, msgid!("plain-contract"), &[("name", &contract.name), ("url", &contract.url)]));
    }
    lines.push(label(msgid!("review-payment"), &payment(state)));
    lines
}

fn payment(state: &State) -> String {
    match &state.account {
        Remote::Ready(account) => match &account.default_payment_method {
            Some(method) => labels::payment_method(state.lang, method),
            None => tr(state.lang, msgid!("review-payment-none")),
        },
        Remote::Failed(_) => tr(state.lang, msgid!("review-payment-unknown")),
        Remote::Idle | Remote::Loading => tr(state.lang, msgid!("review-payment-loading")),
    }
}

/// The order just placed: id, total, where to see or pay it, whether it is paid.
pub fn placed(lang: Lang, placed: &PlacedState) -> Vec<String> {
    let order = &placed.order;
    let mut lines = vec![tr_args(lang, msgid!("order-placed"), &[("id", &order.order_id.to_string())])];
    lines.push(format!("{}: {}", tr(lang, msgid!("review-with-tax")), money(lang, &order.prices.with_tax)));
    if let Some(url) = &order.url {
        lines.push(format!("{}: {url}", tr(lang, msgid!("order-url"))));
    }
    lines.push(tr(lang, if placed.is_paid() { msgid!("order-paid") } else { msgid!("order-not-paid") }));
    if let Some(error) = &order.payment_error {
        lines.extend(self::error(lang, &tr(lang, msgid!("cli-failed-pay")), error));
    }
    if order.reconciled {
        lines.push(tr(lang, msgid!("order-reconciled")));
    }
    lines
}

/// The order may have been placed: what is known, why it is not known, what comes next.
pub fn maybe_placed(lang: Lang, maybe: &MaybePlaced) -> Vec<String> {
    let mut lines = vec![tr(lang, msgid!("order-unknown-title")), tr(lang, msgid!("order-unknown-text"))];
    lines.push(format!("{}: {}", tr(lang, msgid!("order-unknown-cart")), maybe.cart_id));
    lines.push(format!(
        "{}: {}",
        tr(lang, msgid!("order-unknown-order")),
        tr(lang, msgid!("order-unknown-order-none"))
    ));
    if let Some(e) = &maybe.error {
        // Without the generic advice line: what to do is the last line, once.
        lines.extend(
            error(lang, &tr(lang, msgid!("order-unknown-why")), e)
                .into_iter()
                .take_while(|l| *l != tr(lang, crate::app::labels::error_hint(e.kind))),
        );
    }
    let next =
        if maybe.earlier_run.is_some() { msgid!("order-unknown-next-earlier") } else { msgid!("order-unknown-next") };
    lines.push(tr(lang, next));
    lines
}

/// What settling earlier runs found, each to be known before anything is ordered.
pub fn earlier(state: &State) -> Vec<String> {
    let lang = state.lang;
    let Some(found) = state.earlier.ready() else { return Vec::new() };
    let mut lines = Vec::new();
    for run in found {
        match run {
            EarlierRun::Ordered { order_id, project } => {
                lines.push(tr_args(
                    lang,
                    msgid!("recover-ordered"),
                    &[("id", &order_id.to_string()), ("name", project)],
                ));
            }
            // The sentence says what to do; then why it is not known (and the query id).
            EarlierRun::Unsettled { project, error } => {
                lines.push(tr_args(lang, msgid!("earlier-unsettled"), &[("name", project)]));
                lines.push(labels::error_text(lang, error));
                if let Some(id) = &error.query_id {
                    lines.push(tr_args(lang, msgid!("error-query-id"), &[("id", id)]));
                }
            }
        }
    }
    lines
}

/// What the account must do in the Control Panel before it may order, when it must.
pub fn eligibility(state: &State) -> Vec<String> {
    let Some((actions, panel)) = state.eligibility_block() else { return Vec::new() };
    let mut lines = vec![tr(state.lang, msgid!("eligibility-blocked"))];
    for action in actions {
        let key = crate::app::labels::eligibility_action(action);
        lines.push(format!("  {}", tr_args(state.lang, key, &[("url", panel), ("action", action)])));
    }
    let (credit, methods) = state.eligibility_terms();
    if let Some(credit) = credit {
        lines.push(format!(
            "  {}",
            tr_args(state.lang, msgid!("eligibility-minimum-credit"), &[("amount", &money(state.lang, credit))])
        ));
    }
    if !methods.is_empty() {
        lines.push(format!(
            "  {}",
            tr_args(
                state.lang,
                msgid!("eligibility-methods"),
                &[("methods", &labels::payment_types(state.lang, methods))]
            )
        ));
    }
    lines
}

/// What holds or refused the order, what the person can do and where.
pub fn stopped(lang: Lang, order_id: i64, stopped: &Stopped, sandboxed: bool) -> Vec<String> {
    let id = order_id.to_string();
    match stopped {
        Stopped::Held { held, control_panel } => {
            vec![tr_args(lang, crate::app::labels::held(*held, sandboxed), &[("id", &id), ("url", control_panel)])]
        }
        Stopped::Refused { error, control_panel } => {
            let mut lines = vec![tr_args(lang, msgid!("order-refused"), &[("id", &id), ("url", control_panel)])];
            lines.push(labels::error_text(lang, error));
            if let Some(id) = &error.query_id {
                lines.push(tr_args(lang, msgid!("error-query-id"), &[("id", id)]));
            }
            lines
        }
    }
}

/// The quote's total with tax, as the API formatted it.
pub fn total(lang: Lang, order: &Order) -> String {
    money(lang, &order.prices.with_tax)
}

/// `Status: being delivered`.
pub fn status(lang: Lang, status: crate::api::models::OrderStatus) -> String {
    let word = tr(lang, crate::app::labels::order_status(status));
    format!("{}: {word}", tr(lang, msgid!("order-status")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::error::{ErrorKind, Outcome};

    #[test]
    fn an_error_keeps_the_server_words_the_query_id_and_a_hint() {
        let mut error = ApiError::without_answer(ErrorKind::BadRequest, Outcome::NotApplied, "POST", "/x", "bad name");
        error.query_id = Some("EU.ext-1.abc".into());
        let lines = error_lines(&error);
        assert_eq!(lines[0], "Error: Could not save the project name: bad name");
        assert_eq!(lines[1], "Query ID: EU.ext-1.abc (quote it to OVHcloud support)");
        assert_eq!(lines[2], tr(Lang::En, msgid!("error-hint-bad-request")));
    }

    fn error_lines(error: &ApiError) -> Vec<String> {
        super::error(Lang::En, &tr(Lang::En, msgid!("failed-description")), error)
    }

    #[test]
    fn steps_and_rows_read_alone() {
        assert_eq!(step(Lang::En, Step::Plan), "Step 2 of 6: Plan");
        let fr = crate::api::endpoints::subsidiary("FR").unwrap();
        assert_eq!(subsidiary(Lang::En, 3, fr, Some("fr")), "3. France (FR), EUR, API ovh-eu, your account's");
        assert_eq!(subsidiary(Lang::En, 3, fr, Some("GB")), "3. France (FR), EUR, API ovh-eu");
    }
}
