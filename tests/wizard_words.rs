//! What the wizard says, and the small rules around it (issue 16): countries in the
//! language and the filter on them, the name's counter and pasted control characters, the
//! review's focus after a failed quote, the language notice, the default name and the exit
//! lines in the current language, what was paid and delivered, earlier runs settled from the
//! first frame, no start screen for `--plain`, and the cart kept in line with fewer round
//! trips (the voucher attached while checked, a known-absent configuration added at once),
//! driven through `update` alone.

mod common;

use common::fixtures::*;
use common::init::init;
use common::scripted::Wizard;
use ovhcart::api::error::{ApiError, ErrorKind, Outcome};
use ovhcart::api::products::ConfigLabel;
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::{OrderRefusal, ReviewFocus};
use ovhcart::app::*;
use ovhcart::i18n::{Lang, countries, tr};

fn codes(state: &State) -> Vec<&'static str> {
    state.filtered_subsidiaries().iter().map(|s| s.code).collect()
}

// ---- countries -----------------------------------------------------------------------------

#[test]
fn the_filter_matches_the_local_name_the_english_name_and_the_code() {
    let mut w = Wizard::with(Init { lang: Lang::Fr, ..init() });
    w.set_text("allem");
    assert_eq!(codes(&w.state), ["DE"], "the French name");
    w.set_text("Germany");
    assert_eq!(codes(&w.state), ["DE"], "the English name");
    w.set_text("DE");
    assert!(codes(&w.state).contains(&"DE"), "the code");
    w.set_text("tcheq");
    assert_eq!(codes(&w.state), ["CZ"], "without the accent of Tchéquie");
    w.set_text("ROYAUME");
    assert_eq!(codes(&w.state), ["GB"], "whatever the case");
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("GB"));
    w.confirm();
    assert_eq!(w.state.draft.subsidiary.map(|s| s.code), Some("GB"));
}

#[test]
fn in_every_language_a_country_is_found_by_its_own_name() {
    for lang in Lang::ALL {
        let mut w = Wizard::with(Init { lang, ..init() });
        for subsidiary in w.state.subsidiaries.clone() {
            let name = countries::country(lang, subsidiary.code).unwrap();
            w.set_text(name);
            assert!(codes(&w.state).contains(&subsidiary.code), "{} in {}", name, lang.code());
            assert_eq!(labels::country(lang, subsidiary), name);
        }
    }
}

#[test]
fn the_filter_follows_the_language_on_screen() {
    let mut w = Wizard::new();
    w.set_text("allemagne");
    assert!(codes(&w.state).is_empty(), "English on screen: the French name is not searched");
    w.act(Action::SwitchLanguage);
    assert_eq!(w.state.lang, Lang::Fr);
    assert_eq!(codes(&w.state), ["DE"]);
}

// ---- the name ------------------------------------------------------------------------------

#[test]
fn pasted_control_characters_are_left_out_and_said_until_the_next_edit() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.clear_field();
    w.send(Msg::Paste("Build\tfarm\u{1b}[2J\u{7}\n2".into()));
    assert_eq!(w.state.name_field.value(), "Build farm[2J 2", "tabs and line breaks are spaces, ESC and BEL are gone");
    assert_eq!(w.state.pasted_controls, Some(2));
    w.type_text("x");
    assert_eq!(w.state.pasted_controls, None, "said until the next key");
    w.send(Msg::Paste("clean".into()));
    assert_eq!(w.state.pasted_controls, None, "nothing to say of a clean paste");
    w.confirm();
    assert_eq!(w.state.draft.name.as_deref(), Some("Build farm[2J 2xclean"));
    assert_eq!(w.state.step, Step::Voucher, "what was pasted is accepted: nothing invisible is left to refuse");
}

#[test]
fn the_default_name_is_in_the_language_and_follows_it_until_changed() {
    let w = Wizard::with(Init { lang: Lang::De, ..init() });
    assert_eq!(w.state.name_field.value(), "Projekt 2026-11-21");

    let mut w = Wizard::new();
    assert_eq!(w.state.name_field.value(), "Project 2026-11-21");
    w.act(Action::SwitchLanguage);
    assert_eq!(w.state.name_field.value(), "Projet 2026-11-21", "not changed yet: it follows");
    let mut w = Wizard::at_plan();
    w.confirm();
    w.set_text("Mine");
    w.act(Action::SwitchLanguage);
    assert_eq!(w.state.name_field.value(), "Mine", "a name someone typed stays");
    let mut w = Wizard::at_voucher();
    w.act(Action::SwitchLanguage);
    assert_eq!(w.state.name_field.value(), "Project 2026-11-21", "a name confirmed stays");
}

// ---- the review ----------------------------------------------------------------------------

/// The review with a quote, the focus moved to the second contract, then the quote read
/// again (a voucher changed) and failed.
fn review_after_a_failed_quote() -> Wizard {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(1));
    assert!(w.state.quote().is_some());
    // Back to the voucher, which is taken off: the cart changes, the quote is read again.
    w.act(Action::Back);
    w.set_text("");
    w.confirm();
    w.act(Action::Back);
    w.set_text("WELCOME50");
    w.confirm();
    w.settle_except(|e| matches!(e, Effect::LoadQuote { .. }));
    w.answer(|e| matches!(e, Effect::LoadQuote { .. }), |req| Msg::QuoteLoaded { req, result: Err(server_down()) });
    assert_eq!(w.state.step, Step::Review);
    assert!(w.state.pipeline.quote.failure().is_some());
    w
}

#[test]
fn after_a_failed_quote_the_focus_is_on_a_row_the_review_shows() {
    let mut w = review_after_a_failed_quote();
    assert_eq!(w.state.review.focus, ReviewFocus::AutoPay, "the contracts went with the quote");
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.overlay, None, "Enter opens no window for a contract that is not drawn");
    w.act(Action::FocusNext);
    assert_eq!(w.state.review.focus, ReviewFocus::Waiver);
}

#[test]
fn a_contract_window_closes_when_its_quote_goes() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(0));
    w.confirm();
    assert!(matches!(w.state.overlay, Some(Overlay::Contract { index: 0, .. })));
    // The retry of a failed quote, seen from the state: the quote is gone while it is read.
    w.state.pipeline.quote = Remote::Failed(state::Failure::retryable(server_down()));
    w.send(Msg::Tick);
    assert_eq!(w.state.overlay, None);
    assert_eq!(w.state.review.focus, ReviewFocus::AutoPay);
}

#[test]
fn the_focus_follows_the_first_row_until_the_person_moves_it() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    w.answer(
        |e| matches!(e, Effect::CheckVoucher { .. }),
        |req| Msg::VoucherChecked { req, code: "WELCOME50".into(), result: Ok(eligibility()) },
    );
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(w.state.review.focus, ReviewFocus::AutoPay, "no contract shown while the quote is read");
    w.settle();
    assert_eq!(w.state.review.focus, ReviewFocus::Contract(0), "the first row, once the quote shows");
    w.focus(ReviewFocus::Waiver);
    w.state.pipeline.quote = Remote::Loading;
    w.send(Msg::Tick);
    assert_eq!(w.state.review.focus, ReviewFocus::Waiver, "a row the person chose stays");
}

#[test]
fn switching_the_language_unticks_the_waiver_and_says_so_next_to_it() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    w.act(Action::Toggle);
    assert!(w.state.draft.consents.waiver);
    w.act(Action::SwitchLanguage);
    assert!(!w.state.draft.consents.waiver);
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ConsentsLanguageChanged));
    let notice = tr(Lang::Fr, OrderRefusal::ConsentsLanguageChanged.msgid());
    assert!(notice.contains("cette case"), "it is about the box it stands by: {notice}");
}

// ---- amounts, payment, order ---------------------------------------------------------------

#[test]
fn reductions_have_one_sign_whatever_the_api_sent() {
    let positive = price("19.99 €", 19.99);
    let negative = price("-19.99 €", -19.99);
    assert_eq!(labels::reduction(Lang::Fr, &positive), "-19.99 €");
    assert_eq!(labels::reduction(Lang::Fr, &negative), "-19.99 €");
    assert_eq!(labels::reduction(Lang::Fr, &price("0.00 €", 0.0)), "0.00 €", "nothing taken off has no sign");
    let formatted = ovhcart::api::models::Price {
        currency_code: "EUR".into(),
        price_in_ucents: Some(1_999_000_000),
        text: String::new(),
        value: 19.99,
    };
    assert_eq!(labels::reduction(Lang::En, &formatted), "-€19.99");
}

#[test]
fn payment_types_are_words_in_the_language() {
    assert_eq!(labels::payment_type(Lang::En, "CREDIT_CARD"), "Credit card");
    assert_eq!(labels::payment_type(Lang::Fr, "creditCard"), "Carte bancaire");
    assert_eq!(labels::payment_type(Lang::De, "SEPA_DIRECT_DEBIT"), "SEPA-Lastschrift");
    assert_eq!(labels::payment_type(Lang::Es, "paypal"), "PayPal");
    assert_eq!(labels::payment_type(Lang::En, "BITCOIN"), "BITCOIN", "one it does not know, as sent");
    for lang in Lang::ALL {
        assert_ne!(labels::payment_type(lang, "BANK_ACCOUNT"), "BANK_ACCOUNT");
    }
}

#[test]
fn an_order_is_paid_once_it_moved_past_its_payment_and_done_once_delivered() {
    let (mut w, req) = Wizard::following();
    let OrderState::Placed(placed) = &mut w.state.order else { unreachable!() };
    placed.order.paid = false;
    placed.status = Some(ovhcart::api::models::OrderStatus::NotPaid);
    assert!(!placed.is_paid());
    w.send(Msg::OrderProgress {
        req,
        progress: OrderProgress { status: ovhcart::api::models::OrderStatus::Checking, follow_up: vec![] },
    });
    let OrderState::Placed(placed) = &w.state.order else { unreachable!() };
    assert!(placed.is_paid(), "paid from its order page: the status moved on");
    assert!(!w.state.is_delivered());
    w.send(Msg::ProjectDelivered { req, project_id: "0123456789ab4cdef0123456789abcde".into() });
    assert!(w.state.is_delivered());
}

#[test]
fn transport_errors_are_said_in_words_and_their_details_kept_out() {
    let refused = ApiError::without_answer(
        ErrorKind::Network,
        Outcome::NotApplied,
        "GET",
        "/me",
        "cannot connect: client error (SendRequest): tcp connect error: Connection refused (os error 111)",
    );
    let text = labels::error_text(Lang::Fr, &refused);
    assert_eq!(text, tr(Lang::Fr, "error-network-connect"));
    assert!(!text.contains("SendRequest") && !text.contains("os error"));
    let lost = ApiError::without_answer(ErrorKind::Network, Outcome::Unknown, "POST", "/order/cart", "no answer");
    assert_eq!(labels::error_text(Lang::En, &lost), tr(Lang::En, "error-network-lost"));
    assert_eq!(labels::error_text(Lang::En, &server_down()), "Service temporarily unavailable", "the server's words");
}

// ---- the exit lines ------------------------------------------------------------------------

#[test]
fn the_exit_lines_are_in_the_language_on_screen_and_never_point_into_a_sandbox() {
    let mut w = Wizard::at_plan();
    w.act(Action::SwitchLanguage);
    let lines = ovhcart::tui::wizard::goodbye(&w.state);
    assert_eq!(lines, [tr_cart(Lang::Fr, "exit-cart-kept", "cart-3")]);

    w.state.sandboxed = true;
    let lines = ovhcart::tui::wizard::goodbye(&w.state);
    assert_eq!(lines, [tr_cart(Lang::Fr, "exit-cart-kept-sandbox", "cart-3"), tr(Lang::Fr, "sandbox-ended")]);
    assert!(!lines.concat().contains("ovhcart cart show"));

    let (mut w, _) = Wizard::following();
    w.state.sandboxed = true;
    let lines = ovhcart::tui::wizard::goodbye(&w.state);
    assert!(!lines.concat().contains("ovhcart order status"), "{lines:?}");
    assert!(lines.last().unwrap().contains("ovhcart sandbox"), "how to keep a sandbox: {lines:?}");
}

/// What the order step says of a held order or a checkout that may have gone through, in
/// a sandbox that ends with the process: never a command that could not find it.
#[test]
fn a_held_or_unsure_order_in_the_sandbox_names_no_command_that_cannot_find_it() {
    use ovhcart::api::models::Held;
    let panel = "https://www.ovh.com/manager/".to_owned();
    for held in [Held::FraudReview, Held::DocumentsRequested, Held::NotPaid] {
        for sandboxed in [false, true] {
            let (mut w, req) = Wizard::following();
            w.state.sandboxed = sandboxed;
            w.send(Msg::FollowStopped { req, stopped: state::Stopped::Held { held, control_panel: panel.clone() } });
            let screen = common::snapshot::screen(&w.state, 120, 40);
            assert_eq!(
                screen.contains("ovhcart order status"),
                !sandboxed,
                "{held:?}, sandboxed {sandboxed}:\n{screen}"
            );
            assert_eq!(screen.contains("q leave, follow later"), !sandboxed, "the footer too: {screen}");
        }
    }
    for lang in Lang::ALL {
        for key in [ovhcart::app::labels::maybe_placed(true), ovhcart::app::labels::follow_later(true)] {
            assert!(!tr(lang, key).contains("ovhcart order status"), "{lang:?} {key}");
        }
    }
}

fn tr_cart(lang: Lang, key: &str, cart: &str) -> String {
    ovhcart::i18n::tr_args(lang, key, &[("cart", cart)])
}

// ---- earlier runs, the start screen --------------------------------------------------------

#[test]
fn earlier_runs_are_settled_from_the_first_frame_and_nothing_is_ordered_meanwhile() {
    let mut state = State::new(Init { settle_earlier: true, ..init() });
    let effects = start(&mut state);
    assert!(
        matches!(effects.as_slice(), [Effect::LoadAccount { .. }, Effect::SettleEarlierRuns]),
        "the carts are listed once settled: {effects:?}"
    );
    assert_eq!(state.busy(), Some("busy-earlier"));
    let mut w = Wizard { state, pending: effects, unanswered: Vec::new() };
    w.settle_except(|e| matches!(e, Effect::SettleEarlierRuns));
    w.confirm();
    w.settle_except(|e| matches!(e, Effect::SettleEarlierRuns));
    w.acts(&[Action::Confirm; 3]);
    w.settle_except(|e| matches!(e, Effect::SettleEarlierRuns));
    assert_eq!(w.state.step, Step::Review);
    w.tick_all();
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.overlay, None);
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::EarlierRunsPending));

    let unknown = ApiError::without_answer(ErrorKind::Network, Outcome::Unknown, "GET", "/me/order", "timed out");
    let found = vec![
        EarlierRun::Ordered { order_id: 42, project: "Build farm".into() },
        EarlierRun::Unsettled { project: "Lab".into(), error: unknown },
    ];
    w.take(|e| matches!(e, Effect::SettleEarlierRuns));
    let effects = w.send(Msg::EarlierRunsSettled(found.clone()));
    assert!(matches!(effects.as_slice(), [Effect::ListCarts { .. }]), "{effects:?}");
    assert_eq!(w.state.earlier, Remote::Ready(found), "kept, to be shown");
    w.confirm();
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder), "settled: the order may be placed");
}

#[test]
fn the_start_screen_still_opens_after_settling_if_nothing_was_pressed() {
    let mut state = State::new(Init { settle_earlier: true, ..init() });
    let effects = start(&mut state);
    let mut w = Wizard { state, pending: effects, unanswered: Vec::new() };
    w.take(|e| matches!(e, Effect::SettleEarlierRuns));
    w.send(Msg::EarlierRunsSettled(vec![]));
    let req = common::carts::list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Ok(common::carts::several()) });
    assert!(w.state.browser.start_screen, "open carts, nothing pressed: the start screen");
}

#[test]
fn plain_never_gets_the_start_screen() {
    let mut w = Wizard::with(Init { start_screen: false, ..init() });
    let req = common::carts::list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Ok(common::carts::several()) });
    assert_eq!(w.state.browser.page, None, "plain asks its own questions: the subsidiary first");
    assert!(!w.state.browser.start_screen);
    w.settle();
    w.confirm();
    assert_eq!(w.state.step, Step::Plan, "a new cart is made");
    assert!(w.pending.iter().any(|e| matches!(e, Effect::PrepareCart { .. })));
}

// ---- fewer round trips, the same money rules ------------------------------------------------

#[test]
fn a_configuration_known_absent_is_added_at_once_and_read_first_after_a_failure() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.settle();
    let effects = w.confirm();
    assert!(
        matches!(&effects[..], [Effect::SetConfiguration { label: ConfigLabel::Description, absent: true, .. }]),
        "a new item has no description: added without reading the item first: {effects:?}"
    );
    let lost = ApiError::without_answer(ErrorKind::Network, Outcome::Unknown, "POST", "/order/cart/x", "reset");
    w.answer(
        |e| matches!(e, Effect::SetConfiguration { .. }),
        |req| Msg::ConfigurationSet { req, label: ConfigLabel::Description, result: Err(lost) },
    );
    assert!(w.state.pipeline.description.uncertain);
    assert!(!w.state.cart_settled(), "what the item holds is not known");
    w.act(Action::Retry);
    let resent = w.take(|e| matches!(e, Effect::SetConfiguration { .. }));
    assert!(matches!(resent, Effect::SetConfiguration { absent: false, .. }), "read before the re-send: {resent:?}");
}

#[test]
fn the_voucher_is_attached_while_checked_and_taken_off_if_refused() {
    let mut w = Wizard::at_voucher();
    w.set_text("EXPIRED2024");
    let effects = w.confirm();
    assert!(matches!(
        &effects[..],
        [Effect::CheckVoucher { .. }, Effect::SetConfiguration { label: ConfigLabel::Voucher, absent: true, .. }]
    ));
    w.answer(
        |e| matches!(e, Effect::CheckVoucher { .. }),
        |req| Msg::VoucherChecked { req, code: "EXPIRED2024".into(), result: Err(voucher_refused()) },
    );
    assert_eq!(w.state.step, Step::Voucher);
    assert!(w.state.voucher_screen.refusal.is_some());
    let set = w.take(|e| matches!(e, Effect::SetConfiguration { .. }));
    let effects = w.send(success(&set).unwrap());
    assert!(
        matches!(&effects[..], [Effect::RemoveConfiguration { label: ConfigLabel::Voucher, .. }]),
        "the refused code comes off the cart: {effects:?}"
    );
    w.settle();
    assert_eq!(w.state.pipeline.voucher.applied, None);
}

#[test]
fn a_failed_attach_of_a_refused_voucher_is_not_retried_but_read_and_cleared() {
    let mut w = Wizard::at_voucher();
    w.set_text("EXPIRED2024");
    w.confirm();
    w.answer(
        |e| matches!(e, Effect::CheckVoucher { .. }),
        |req| Msg::VoucherChecked { req, code: "EXPIRED2024".into(), result: Err(voucher_refused()) },
    );
    let lost = ApiError::without_answer(ErrorKind::Network, Outcome::Unknown, "POST", "/order/cart/x", "reset");
    let effects = w.send_answer(
        |e| matches!(e, Effect::SetConfiguration { .. }),
        |req| Msg::ConfigurationSet { req, label: ConfigLabel::Voucher, result: Err(lost) },
    );
    assert_eq!(w.state.pipeline.voucher.failure, None, "a failure about a code nobody wants is moot");
    assert!(
        matches!(&effects[..], [Effect::RemoveConfiguration { label: ConfigLabel::Voucher, .. }]),
        "the attach may have happened: the item is read and cleared: {effects:?}"
    );
}

#[test]
fn the_project_is_added_to_a_fresh_cart_at_once_and_read_first_otherwise() {
    let mut w = Wizard::at_plan();
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::AddProject { fresh: true, .. }]), "{effects:?}");
    w.answer(|e| matches!(e, Effect::AddProject { .. }), |req| Msg::ProjectAdded { req, result: Err(server_down()) });
    w.act(Action::Retry);
    let again = w.take(|e| matches!(e, Effect::AddProject { .. }));
    assert!(matches!(again, Effect::AddProject { fresh: false, .. }), "it may have been added: {again:?}");
}
