//! What issue 16 asked the screens to say, in every language, at 80x24 and 120x40: the
//! countries and the filter on their local names, the name's counter past the limit and
//! the note after a paste, the review's amounts (one sign), payment type and the notice of
//! a language change next to the waiver, the focus after a failed quote, an order paid and
//! delivered (step 6 done), earlier runs being settled and what they left, a network error
//! in words with what to do, and the cart browser's projects, ids and quote lines.

mod common;

use common::carts::{browsing, detail, several, viewing};
use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::api::error::{ApiError, ErrorKind, Outcome};
use ovhcart::api::models::{Order, Reduction};
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;
use ovhcart::i18n::{Lang, countries, fold};

/// `state` drawn at each size, as `{name}_{lang}_{width}x{height}`.
fn snap(name: &str, state: &State) {
    common::snapshot::snap!(format!("{name}_{}", state.lang.code()), state);
}

/// `make` run in every language: the state starts in `lang`.
fn in_every_language(make: impl Fn(Lang) -> (&'static str, State)) {
    for lang in Lang::ALL {
        let (name, state) = make(lang);
        assert_eq!(state.lang, lang);
        snap(name, &state);
    }
}

fn at(lang: Lang) -> Init {
    Init { lang, ..common::init::init() }
}

/// A quote whose line had 19.99 € taken off by a voucher, as the API writes it: negative on
/// the line, positive in the totals.
fn quote_with_reduction() -> Order {
    let mut order = quote(true);
    let detail = &mut order.details[0];
    detail.original_total_price = price("19.99 €", 19.99);
    detail.unit_price = price("19.99 €", 19.99);
    detail.reductions = vec![Reduction {
        context: "voucher".into(),
        description: "Voucher WELCOME50".into(),
        price: price("-19.99 €", -19.99),
        reduction_description: "Public Cloud credit".into(),
        kind: "fixed_amount".into(),
        value: price("50.00 €", 50.0),
    }];
    order.prices.original_without_tax = Some(price("19.99 €", 19.99));
    order.prices.reduction = Some(price("19.99 €", 19.99));
    order
}

/// On the review, its quote answered with `order`.
fn reviewing(lang: Lang, order: Order) -> Wizard {
    let mut w = Wizard::with(at(lang));
    w.settle();
    w.choose_subsidiary("FR");
    w.settle();
    w.confirm();
    w.confirm();
    w.settle();
    w.set_text("WELCOME50");
    w.confirm();
    w.settle_except(|e| matches!(e, Effect::LoadQuote { .. }));
    w.answer(|e| matches!(e, Effect::LoadQuote { .. }), |req| Msg::QuoteLoaded { req, result: Ok(order) });
    assert_eq!(w.state.step, Step::Review);
    w
}

#[test]
fn subsidiaries_named_in_the_language_and_filtered_by_the_local_name() {
    in_every_language(|lang| {
        let mut w = Wizard::with(at(lang));
        w.settle();
        ("subsidiaries", w.state)
    });
    in_every_language(|lang| {
        let mut w = Wizard::with(at(lang));
        w.settle();
        // The start of Germany's name in this language, typed without its accents.
        let local = fold(countries::country(lang, "DE").unwrap());
        w.set_text(&local.chars().take(5).collect::<String>());
        ("subsidiaries_filtered_local", w.state)
    });
}

#[test]
fn the_name_past_its_limit_and_a_paste_that_lost_control_characters() {
    in_every_language(|lang| {
        let mut w = Wizard::with(at(lang));
        w.settle();
        w.choose_subsidiary("FR");
        w.settle();
        w.confirm();
        w.set_text("");
        w.send(Msg::Paste(format!("{}\u{1b}[31m\u{7}", "n".repeat(260)).into()));
        ("name_over_limit_pasted", w.state)
    });
}

/// A filter and a key pasted with invisible control characters: the note is under every
/// field a paste goes into.
#[test]
fn the_paste_note_under_the_filter_and_the_key_fields() {
    in_every_language(|lang| {
        let mut w = Wizard::with(at(lang));
        w.settle();
        w.send(Msg::Paste("fran\u{7}".into()));
        ("subsidiaries_filter_pasted", w.state)
    });
    in_every_language(|lang| {
        let mut state = common::onboarding::onboarding(false);
        state.lang = lang;
        common::onboarding::act(&mut state, Action::Confirm);
        common::onboarding::send(&mut state, Msg::Paste("\u{0}7kbG7Bk7S9Nt7ZSV\u{7f}".into()));
        ("onboard_key_pasted", state)
    });
}

#[test]
fn the_review_with_one_sign_for_reductions_and_the_payment_type_in_words() {
    in_every_language(|lang| ("review_reductions", reviewing(lang, quote_with_reduction()).state));
}

#[test]
fn the_language_notice_next_to_the_waiver_box() {
    in_every_language(|lang| {
        // The language before `lang`, switched to `lang` with the waiver ticked.
        let before = Lang::ALL[(Lang::ALL.iter().position(|l| *l == lang).unwrap() + Lang::ALL.len() - 1) % 7];
        let mut w = reviewing(before, quote(true));
        w.focus(ReviewFocus::Waiver);
        w.act(Action::Toggle);
        w.act(Action::SwitchLanguage);
        ("review_language_changed", w.state)
    });
}

/// Back on the review after another subsidiary was chosen with the waiver ticked: the
/// notice is above the first box, as the review opens.
#[test]
fn the_order_changed_notice_next_to_the_boxes() {
    in_every_language(|lang| {
        let mut w = reviewing(lang, quote(true));
        w.focus(ReviewFocus::Waiver);
        w.act(Action::Toggle);
        w.acts(&[Action::Back; 4]);
        w.choose_subsidiary("DE");
        w.settle();
        w.acts(&[Action::Confirm; 3]);
        w.settle();
        assert_eq!(w.state.step, Step::Review);
        ("review_order_changed", w.state)
    });
}

#[test]
fn after_a_failed_quote_the_focus_is_on_a_shown_row() {
    in_every_language(|lang| {
        let mut w = Wizard::with(at(lang));
        w.settle();
        w.choose_subsidiary("FR");
        w.settle();
        w.acts(&[Action::Confirm; 3]);
        w.settle_except(|e| matches!(e, Effect::LoadQuote { .. }));
        w.answer(|e| matches!(e, Effect::LoadQuote { .. }), |req| Msg::QuoteLoaded { req, result: Err(server_down()) });
        ("review_quote_failed", w.state)
    });
}

#[test]
fn an_order_paid_from_its_page_and_delivered() {
    in_every_language(|lang| {
        let (mut w, req) = Wizard::following();
        w.state.lang = lang;
        if let OrderState::Placed(placed) = &mut w.state.order {
            placed.order.paid = false;
        }
        w.send(Msg::ProjectDelivered { req, project_id: "0123456789ab4cdef0123456789abcde".into() });
        ("order_delivered_paid", w.state)
    });
}

fn transport_error(outcome: Outcome) -> ApiError {
    ApiError::without_answer(
        ErrorKind::Network,
        outcome,
        "GET",
        "/me",
        "cannot connect: client error (SendRequest): tcp connect error: Connection refused (os error 111)",
    )
}

#[test]
fn earlier_runs_being_settled_and_what_they_left() {
    in_every_language(|lang| {
        let mut state = State::new(Init { settle_earlier: true, ..at(lang) });
        let _ = start(&mut state);
        ("earlier_settling", state)
    });
    in_every_language(|lang| {
        let mut state = State::new(Init { settle_earlier: true, ..at(lang) });
        let effects = start(&mut state);
        let mut w = Wizard { state, pending: effects, unanswered: Vec::new() };
        w.take(|e| matches!(e, Effect::SettleEarlierRuns));
        w.send(Msg::EarlierRunsSettled(vec![
            EarlierRun::Ordered { order_id: 4242, project: "Build farm".into() },
            EarlierRun::Unsettled { project: "Lab".into(), error: transport_error(Outcome::Unknown) },
        ]));
        w.settle();
        ("earlier_found", w.state)
    });
}

#[test]
fn an_unreachable_api_in_words_with_what_to_do() {
    in_every_language(|lang| {
        let mut w = Wizard::with(at(lang));
        w.answer(
            |e| matches!(e, Effect::LoadAccount { .. }),
            |req| Msg::AccountLoaded { req, result: Err(transport_error(Outcome::NotApplied)) },
        );
        ("account_unreachable", w.state)
    });
}

#[test]
fn carts_told_apart_by_project_and_id_and_a_cart_with_its_quote_lines() {
    in_every_language(|lang| {
        let mut w = browsing(several());
        w.state.lang = lang;
        ("carts_projects", w.state)
    });
    in_every_language(|lang| {
        let mut cart = detail();
        cart.quote = Some(Ok(quote_with_reduction()));
        let mut w = viewing(cart);
        w.state.lang = lang;
        ("cart_quote_lines", w.state)
    });
}
