//! The questions, in the wizard's order (`Step::ALL`), each answered through the core with
//! intents: subsidiary, plan, name, voucher, review (the contracts' acceptance and, for
//! Italy, the clauses' approval, auto-pay, the waiver's consent, the final yes), then the
//! order followed to delivery.

use super::answer;
use super::input::{Input, Reply};
use super::lines;
use super::say::Say;
use super::session::{Session, Waited};
use crate::api::endpoints::Subsidiary;
use crate::api::products::PROJECT;
use crate::app::consent::ConsentBox;
use crate::app::failures::{FailureSlot, visible_failure};
use crate::app::keymap::Action;
use crate::app::labels;
use crate::app::requests::ReqKind;
use crate::app::screens::ReviewFocus;
use crate::app::state::{Failure, Stopped};
use crate::app::validate::{NameError, PROJECT_NAME_MAX};
use crate::app::{Focus, OrderState, Overlay, State, Step};
use crate::engine::Exit;
use crate::i18n::{Lang, countries, fold};

/// Why the questions stopped before the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stop {
    Interrupted,
    /// End of input: nobody is left to ask.
    Eof,
    /// The person said no (a consent or the order).
    Refused,
    /// A request failed and was not retried.
    Failed,
    /// The order may have been placed, and the person stopped checking.
    Unknown,
}

/// Runs the whole conversation; the exit code says how it ended.
pub async fn run(session: &mut Session, input: &mut Input, say: &Say) -> Exit {
    match questions(session, input, say).await {
        Ok(exit) => exit,
        Err(stop) => leave(session, input, say, stop).await,
    }
}

/// The account first, then each step's question in the order `Step::ALL` defines; the
/// order step, last, says how the conversation ends.
async fn questions(s: &mut Session, input: &mut Input, say: &Say) -> Result<Exit, Stop> {
    say.line(&say.ta(msgid!("plain-intro"), &[("endpoint", &s.state.endpoint_label)]));
    earlier(s, input, say).await?;
    account(s, input, say).await?;
    open_carts(s, input, say).await?;
    for step in Step::ALL {
        match step {
            Step::Subsidiary => subsidiary(s, input, say).await?,
            Step::Plan => plan(s, input, say).await?,
            Step::Name => name(s, input, say).await?,
            Step::Voucher => voucher(s, input, say).await?,
            Step::Review => review(s, input, say).await?,
            Step::Order => return order(s, input, say).await,
        }
    }
    Err(Stop::Failed)
}

/// The core took the answer to `step` and moved on to the next one.
fn moved_on(state: &State, step: Step) -> bool {
    step.next() == Some(state.step)
}

/// Prints `question` on its own line and reads the answer.
async fn ask(input: &mut Input, say: &Say, question: &str) -> Result<String, Stop> {
    say.line(question);
    match input.next().await {
        Reply::Line(line) => Ok(line),
        Reply::Eof => Err(Stop::Eof),
        Reply::Interrupted => Err(Stop::Interrupted),
    }
}

/// Asks until the answer is a yes or a no.
async fn ask_yes_no(input: &mut Input, say: &Say, question: &str, default: bool) -> Result<bool, Stop> {
    let choices = say.t(if default { msgid!("plain-yes-no-default-yes") } else { msgid!("plain-yes-no-default-no") });
    loop {
        let reply = ask(input, say, &format!("{question} {choices}")).await?;
        match answer::yes_no(&reply, say.lang, default) {
            Some(yes) => return Ok(yes),
            None => say.line(&say.t(msgid!("plain-yes-no-again"))),
        }
    }
}

/// The failure that stops the current step (the account's only costs the payment line).
fn blocking_failure(state: &State) -> Option<(FailureSlot, &Failure)> {
    visible_failure(state).filter(|(slot, _)| *slot != FailureSlot::Account)
}

/// Shows a failure; offers to retry it when that is safe. `Ok(true)`: retried.
async fn offer_retry(
    s: &mut Session,
    input: &mut Input,
    say: &Say,
    slot: FailureSlot,
    failure: &Failure,
) -> Result<bool, Stop> {
    say.lines(&lines::error(say.lang, &say.t(slot.msgid()), &failure.error));
    if !failure.retryable || !ask_yes_no(input, say, &say.t(msgid!("plain-retry")), true).await? {
        return Ok(false);
    }
    Ok(s.act(Action::Retry).await)
}

/// Waits for `ready`; a failure on the way is shown and retried if the person wants.
async fn settle(s: &mut Session, input: &mut Input, say: &Say, ready: fn(&State) -> bool) -> Result<(), Stop> {
    loop {
        let waited = s.wait(input, say, |st| ready(st) || blocking_failure(st).is_some(), |_| {}, true).await;
        if waited == Waited::Interrupted {
            return Err(Stop::Interrupted);
        }
        if ready(&s.state) {
            return Ok(());
        }
        let Some((slot, failure)) = blocking_failure(&s.state).map(|(slot, f)| (slot, f.clone())) else {
            return Err(Stop::Failed);
        };
        if !offer_retry(s, input, say, slot, &failure).await? {
            return Err(Stop::Failed);
        }
    }
}

/// What earlier runs left unfinished is settled first (a line says so if it takes more
/// than a second); an order one of them placed, or may have placed, is said before anything
/// is asked.
async fn earlier(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    if s.wait(input, say, |st| !st.earlier.is_loading(), |_| {}, true).await == Waited::Interrupted {
        return Err(Stop::Interrupted);
    }
    say.lines(&lines::earlier(&s.state));
    Ok(())
}

/// Carts an earlier run left open are kept, not resumed here (the full screen's cart
/// browser resumes them): this run starts a new cart, and says so first.
async fn open_carts(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    let listed = |st: &State| !st.requests.is_pending(ReqKind::CartList);
    if s.wait(input, say, listed, |_| {}, true).await == Waited::Interrupted {
        return Err(Stop::Interrupted);
    }
    let open: Vec<String> = s
        .state
        .browser
        .carts
        .ready()
        .map(|carts| carts.iter().filter(|c| c.is_open()).map(|c| short_id(&c.cart.cart_id)).collect())
        .unwrap_or_default();
    if !open.is_empty() {
        let count = open.len().to_string();
        say.line(&say.ta(msgid!("plain-open-carts"), &[("count", &count), ("carts", &open.join(", "))]));
    }
    Ok(())
}

/// The first characters of a cart id, enough to tell carts apart.
fn short_id(id: &str) -> String {
    id.chars().take(8).collect()
}

async fn account(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    loop {
        if s.wait(input, say, |st| !st.account.is_loading(), |_| {}, true).await == Waited::Interrupted {
            return Err(Stop::Interrupted);
        }
        // Without the account the wizard still works: no preselection, payment method unknown.
        let Some(failure) = s.state.account.failure().cloned() else { return Ok(()) };
        if !offer_retry(s, input, say, FailureSlot::Account, &failure).await? {
            return Ok(());
        }
    }
}

async fn subsidiary(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    let list = s.state.filtered_subsidiaries();
    let default = s.state.subsidiary_cursor().unwrap_or(0);
    say.blank();
    say.line(&lines::step(say.lang, Step::Subsidiary));
    say.line(&say.t(msgid!("subsidiary-intro")));
    let account = s.state.account_subsidiary().map(str::to_owned);
    for (index, subsidiary) in list.iter().enumerate() {
        say.line(&lines::subsidiary(say.lang, index + 1, subsidiary, account.as_deref()));
    }
    let Some(default_code) = list.get(default).map(|s| s.code) else { return Err(Stop::Failed) };
    let count = list.len().to_string();
    let question = say.ta(msgid!("plain-ask-subsidiary"), &[("count", &count), ("default", default_code)]);
    let index = loop {
        let reply = ask(input, say, &question).await?;
        // A code, or a country's whole name in this language or in English.
        let by_code = |answer: &str| {
            let named =
                |s: &&Subsidiary, lang| countries::country(lang, s.code).is_some_and(|n| fold(n) == fold(answer));
            list.iter()
                .position(|s| s.code.eq_ignore_ascii_case(answer))
                .or_else(|| list.iter().position(|s| named(s, say.lang) || named(s, Lang::En)))
        };
        match answer::choice(&reply, list.len(), default, by_code) {
            Some(index) => break index,
            None => say.line(&say.ta(msgid!("plain-not-in-list"), &[("answer", reply.trim()), ("count", &count)])),
        }
    };
    s.focus(Focus::Subsidiary(index)).await;
    s.act(Action::Confirm).await;
    settle(s, input, say, |st| st.pipeline.cart.ready().is_some()).await
}

async fn plan(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    say.blank();
    say.line(&lines::step(say.lang, Step::Plan));
    let where_ = s
        .state
        .draft
        .subsidiary
        .map_or(String::new(), |s| format!("{} ({})", crate::app::labels::country(say.lang, s), s.code));
    say.line(&say.ta(msgid!("plan-intro"), &[("subsidiary", &where_)]));
    let offers = s.state.offers().to_vec();
    if offers.is_empty() {
        say.line(&say.t(msgid!("plan-no-offers")));
        return Err(Stop::Failed);
    }
    for (index, offer) in offers.iter().enumerate() {
        say.line(&lines::offer(say.lang, index + 1, offer));
    }
    let count = offers.len().to_string();
    loop {
        let default = s.state.plan_cursor.min(offers.len() - 1);
        let question = say.ta(msgid!("plain-ask-plan"), &[("count", &count), ("default", &(default + 1).to_string())]);
        let reply = ask(input, say, &question).await?;
        let Some(index) = answer::choice(&reply, offers.len(), default, |_| None) else {
            say.line(&say.ta(msgid!("plain-not-in-list"), &[("answer", reply.trim()), ("count", &count)]));
            continue;
        };
        s.focus(Focus::Plan(index)).await;
        options(s, input, say).await?;
        s.act(Action::Confirm).await;
        match s.state.plan_refusal {
            Some(refusal) => say.line(&say.t(refusal)),
            None if moved_on(&s.state, Step::Plan) => return Ok(()),
            None => return Err(Stop::Failed),
        }
    }
}

/// The options the chosen plan is sold with, each asked as a yes or no (no by default, as
/// the full screen's box is unticked); one not sold is said.
async fn options(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    if s.state.highlighted_options().is_none() {
        return Ok(());
    }
    for option in PROJECT.options {
        let Some(offer) = s.state.option_offer(option.kind) else {
            say.line(&say.t(option.not_sold));
            continue;
        };
        say.line(&lines::option(say.lang, &say.t(option.label), &offer.offer));
        say.line(&say.t(option.explanation));
        let wanted = s.state.wants_option(option.kind);
        let question = say.ta(msgid!("plain-ask-option"), &[("option", &say.t(option.label))]);
        if ask_yes_no(input, say, &question, wanted).await? != wanted {
            s.act(Action::Toggle).await;
        }
    }
    Ok(())
}

async fn name(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    say.blank();
    say.line(&lines::step(say.lang, Step::Name));
    say.line(&say.t(msgid!("name-intro")));
    say.lines(&lines::eligibility(&s.state));
    let default = s.state.name_field.value().to_owned();
    loop {
        let reply = ask(input, say, &say.ta(msgid!("plain-ask-name"), &[("default", &default)])).await?;
        if !reply.trim().is_empty() {
            s.set_text(&reply).await;
        }
        s.act(Action::Confirm).await;
        match s.state.name_error {
            Some(error) => {
                say.line(&name_error(say, error));
                // The next empty answer keeps the default again, not the refused text.
                s.set_text(&default).await;
            }
            None if moved_on(&s.state, Step::Name) => return Ok(()),
            None => return Err(Stop::Failed),
        }
    }
}

fn name_error(say: &Say, error: NameError) -> String {
    match error {
        NameError::TooLong { count } => {
            say.ta(error.msgid(), &[("count", &count.to_string()), ("max", &PROJECT_NAME_MAX.to_string())])
        }
        _ => say.t(error.msgid()),
    }
}

async fn voucher(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    say.blank();
    say.line(&lines::step(say.lang, Step::Voucher));
    say.line(&say.t(msgid!("voucher-intro")));
    loop {
        let reply = ask(input, say, &say.t(msgid!("plain-ask-voucher"))).await?;
        s.set_text(reply.trim()).await;
        s.act(Action::Confirm).await;
        if let Some(error) = s.state.voucher_screen.input_error {
            say.line(&say.t(error.msgid()));
            continue;
        }
        if s.wait(input, say, |st| st.voucher_screen.checking.is_none(), |_| {}, true).await == Waited::Interrupted {
            return Err(Stop::Interrupted);
        }
        let screen = &s.state.voucher_screen;
        if let Some(refusal) = &screen.refusal {
            say.line(&say.ta(msgid!("voucher-refused"), &[("code", &refusal.code), ("message", &refusal.message)]));
            if let Some(code) = crate::api::models::voucher_error_code(&refusal.message) {
                say.line(&say.t(crate::app::labels::voucher_refusal(code)));
            }
            if let Some(id) = &refusal.query_id {
                say.line(&say.ta(msgid!("error-query-id"), &[("id", id)]));
            }
            say.line(&say.t(msgid!("voucher-fix")));
        } else if let Some((_, failure)) = &screen.failure {
            say.lines(&lines::error(say.lang, &say.t(msgid!("failed-voucher-check")), &failure.error));
            say.line(&say.t(msgid!("voucher-fix")));
        } else if moved_on(&s.state, Step::Voucher) {
            if let Some(voucher) = &s.state.draft.voucher {
                let line = match &voucher.credit {
                    Some(credit) => {
                        let credit = crate::i18n::format::money_or_text(
                            say.lang,
                            &credit.text,
                            credit.price_in_ucents,
                            &credit.currency_code,
                        );
                        say.ta(msgid!("voucher-attached"), &[("code", &voucher.code), ("credit", &credit)])
                    }
                    None => say.ta(msgid!("voucher-attached-no-credit"), &[("code", &voucher.code)]),
                };
                say.line(&line);
            }
            return Ok(());
        }
    }
}

async fn review(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    settle(s, input, say, |st| st.quote().is_some() && st.cart_settled()).await?;
    say.blank();
    say.line(&lines::step(say.lang, Step::Review));
    let Some(quote) = s.state.quote().cloned() else { return Err(Stop::Failed) };
    say.lines(&lines::review(&s.state, &quote));
    if s.state.eligibility_block().is_some() {
        say.lines(&lines::eligibility(&s.state));
        say.line(&say.t(msgid!("review-refused-eligibility")));
        return Err(Stop::Refused);
    }

    // The contracts just listed, and for Italy the approval of their clauses.
    for consent in [ConsentBox::Contracts, ConsentBox::ItalianClauses] {
        if s.state.requires(consent) {
            ask_consent(s, input, say, consent).await?;
        }
    }
    say.blank();
    if ask_yes_no(input, say, &say.t(msgid!("review-auto-pay")), false).await? != s.state.draft.auto_pay {
        s.focus(Focus::Review(ReviewFocus::AutoPay)).await;
        s.act(Action::Toggle).await;
    }
    ask_consent(s, input, say, ConsentBox::Waiver).await?;

    say.blank();
    let total = lines::total(say.lang, &quote);
    if !ask_yes_no(input, say, &say.ta(msgid!("plain-ask-order"), &[("total", &total)]), false).await? {
        say.line(&say.t(msgid!("plain-declined")));
        return Err(Stop::Refused);
    }
    s.focus(Focus::Review(ReviewFocus::PlaceOrder)).await;
    s.act(Action::Confirm).await;
    if let Some(refusal) = s.state.review.refusal {
        say.line(&say.t(refusal.msgid()));
        return Err(Stop::Failed);
    }
    if s.state.overlay == Some(Overlay::ConfirmOrder) {
        s.act(Action::Confirm).await;
    }
    if s.state.order == OrderState::Placing { Ok(()) } else { Err(Stop::Failed) }
}

/// A consent box: its label and whole text, then the word typed in full. Nothing else ticks
/// the box; anything else stops before the order.
async fn ask_consent(s: &mut Session, input: &mut Input, say: &Say, consent: ConsentBox) -> Result<(), Stop> {
    say.blank();
    say.line(&say.t(consent.label()));
    // Verbatim the text the receipt records, in the language it records.
    for paragraph in consent.paragraphs(say.lang) {
        say.line(&paragraph);
    }
    let word = say.t(msgid!("plain-consent-word"));
    let (ask_id, refused_id) = consent.plain_msgids();
    let reply = ask(input, say, &say.ta(ask_id, &[("word", &word)])).await?;
    if !answer::consents(&reply, say.lang) {
        say.line(&say.t(refused_id));
        return Err(Stop::Refused);
    }
    s.focus(Focus::Review(consent.focus())).await;
    if !s.state.ticked(consent) {
        s.act(Action::Toggle).await;
    }
    if s.state.ticked(consent) { Ok(()) } else { Err(Stop::Failed) }
}

/// Waits for the checkout (Ctrl-C cannot cut it short), then follows the order.
async fn order(s: &mut Session, input: &mut Input, say: &Say) -> Result<Exit, Stop> {
    say.blank();
    say.line(&lines::step(say.lang, Step::Order));
    let mut rechecked = false;
    loop {
        let answered = |st: &State| st.order != OrderState::Placing && st.maybe_placed().is_none_or(|m| !m.checking);
        s.wait(input, say, answered, |_| {}, false).await;
        match &s.state.order {
            OrderState::Placed(placed) => {
                say.lines(&lines::placed(say.lang, placed));
                break;
            }
            OrderState::Failed(failure) => {
                let failure = failure.clone();
                let retried = offer_retry(s, input, say, FailureSlot::Checkout, &failure).await?;
                if !retried {
                    return Err(Stop::Failed);
                }
            }
            OrderState::MaybePlaced(_) => {
                maybe_placed(s, input, say).await?;
                rechecked = true;
            }
            // Proven not ordered by the check: the review again, the consent asked again.
            OrderState::NotPlaced if rechecked => {
                rechecked = false;
                review(s, input, say).await?;
            }
            OrderState::NotPlaced | OrderState::Placing => return Err(Stop::Failed),
        }
    }
    follow(s, input, say).await
}

/// The order may have been placed: says what is known and what ovhcart does, then checks
/// again when the person types `r` (the same check as the full screen's), or stops on `q`.
async fn maybe_placed(s: &mut Session, input: &mut Input, say: &Say) -> Result<(), Stop> {
    let Some(maybe) = s.state.maybe_placed() else { return Ok(()) };
    say.blank();
    say.lines(&lines::maybe_placed(say.lang, maybe));
    loop {
        let reply = ask(input, say, &say.t(msgid!("plain-ask-recheck"))).await?;
        match reply.trim().to_lowercase().as_str() {
            "r" => break,
            "q" => return Err(Stop::Unknown),
            _ => {}
        }
    }
    say.line(&say.t(msgid!("order-unknown-checking")));
    s.act(Action::Recheck).await;
    Ok(())
}

fn placed_order(state: &State) -> Option<&crate::app::state::PlacedState> {
    match &state.order {
        OrderState::Placed(placed) => Some(placed),
        _ => None,
    }
}

async fn follow(s: &mut Session, input: &mut Input, say: &Say) -> Result<Exit, Stop> {
    let mut shown = None;
    // "Not paid yet" was said when the order was placed: its payment is said when it comes.
    let mut paid = placed_order(&s.state).is_none_or(|p| p.is_paid());
    loop {
        let done = |st: &State| !st.is_following();
        let each = |st: &State| {
            let status = placed_order(st).and_then(|p| p.status);
            if status.is_some() && status != shown {
                shown = status;
                if let Some(status) = status {
                    say.line(&lines::status(say.lang, status));
                }
            }
            if !paid && placed_order(st).is_some_and(|p| p.is_paid()) {
                paid = true;
                say.line(&say.t(msgid!("order-paid")));
            }
        };
        if s.wait(input, say, done, each, true).await == Waited::Interrupted {
            return Err(Stop::Interrupted);
        }
        let Some(placed_state) = placed_order(&s.state) else { return Err(Stop::Failed) };
        if let Some(project) = placed_state.project_id.clone() {
            say.line(&say.ta(msgid!("order-delivered"), &[("project", &project)]));
            break;
        }
        if let Some(stopped) = placed_state.stopped.clone() {
            say.lines(&lines::stopped(say.lang, placed_state.order.order_id, &stopped, s.state.sandboxed));
            s.wait(input, say, |st| placed_order(st).is_none_or(|p| p.receipt.is_some()), |_| {}, false).await;
            receipt(s, say);
            return Ok(match stopped {
                Stopped::Held { .. } => Exit::Held,
                Stopped::Refused { .. } => Exit::ApiFailed,
            });
        }
        let Some(failure) = placed_state.follow_failure.clone() else { return Err(Stop::Failed) };
        if !offer_retry(s, input, say, FailureSlot::Follow, &failure).await? {
            return Err(Stop::Failed);
        }
    }
    s.wait(input, say, |st| placed_order(st).is_none_or(|p| p.receipt.is_some()), |_| {}, false).await;
    receipt(s, say);
    Ok(Exit::Done)
}

fn receipt(s: &Session, say: &Say) {
    match placed_order(&s.state).and_then(|p| p.receipt.as_ref()) {
        Some(Ok(path)) => say.line(&say.ta(msgid!("order-receipt"), &[("path", path)])),
        Some(Err(error)) => say.line(&say.ta(msgid!("order-receipt-failed"), &[("error", error)])),
        None => {}
    }
}

/// Stops without losing track of anything: an order in flight is waited for and reported,
/// a placed one can be followed later, and an open cart is kept or deleted as the person
/// says (asked once; no answer keeps it).
async fn leave(s: &mut Session, input: &mut Input, say: &Say, stop: Stop) -> Exit {
    let exit = match stop {
        Stop::Interrupted | Stop::Eof => Exit::Interrupted,
        Stop::Refused => Exit::Refused,
        Stop::Failed | Stop::Unknown => Exit::ApiFailed,
    };
    if s.state.order == OrderState::Placing {
        s.wait(input, say, |st| st.order != OrderState::Placing, |_| {}, false).await;
        if let Some(placed) = placed_order(&s.state) {
            say.lines(&lines::placed(say.lang, placed));
        }
    }
    match &s.state.order {
        OrderState::Placed(placed) => {
            let id = placed.order.order_id.to_string();
            if placed.project_id.is_none() {
                say.line(&say.ta(labels::follow_later(s.state.sandboxed), &[("id", &id)]));
            }
            s.wait(input, say, |st| placed_order(st).is_none_or(|p| p.receipt.is_some()), |_| {}, false).await;
            receipt(s, say);
            return exit;
        }
        OrderState::Failed(failure) if !failure.retryable => {
            say.line(&say.t(labels::maybe_placed(s.state.sandboxed)));
            return exit;
        }
        OrderState::MaybePlaced(maybe) => {
            say.line(&say.ta(labels::order_unknown_exit(s.state.sandboxed), &[("cart", &maybe.cart_id)]));
            return exit;
        }
        _ => {}
    }
    // A cart on its way would be left behind unseen: let it arrive first.
    if s.state.pipeline.cart.is_loading() {
        let arrive = s.wait(input, say, |st| !st.pipeline.cart.is_loading(), |_| {}, false);
        let _ = tokio::time::timeout(std::time::Duration::from_secs(10), arrive).await;
    }
    let Some(cart) = s.state.cart_id().filter(|_| s.state.has_open_cart()).map(str::to_owned) else {
        if exit == Exit::Interrupted {
            say.line(&say.t(msgid!("plain-nothing-ordered")));
        }
        return exit;
    };
    let delete = stop != Stop::Eof && {
        let question = say.ta(msgid!("plain-ask-delete-cart"), &[("cart", &cart)]);
        matches!(ask_yes_no(input, say, &question, false).await, Ok(true))
    };
    if delete && s.act(Action::Quit).await && s.state.overlay == Some(Overlay::ConfirmQuit) {
        s.act(Action::DeleteCart).await;
    }
    if s.state.cart_id() == Some(cart.as_str()) {
        let kept = if s.state.sandboxed { msgid!("plain-cart-kept-sandbox") } else { msgid!("plain-cart-kept") };
        say.line(&say.ta(kept, &[("cart", &cart)]));
    } else {
        say.line(&say.ta(msgid!("plain-cart-deleted"), &[("cart", &cart)]));
    }
    exit
}
