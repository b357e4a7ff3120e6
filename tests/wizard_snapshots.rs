//! Every screen and overlay, drawn at 80x24 and 120x40, in loading, loaded, error and
//! validation-error states.

mod common;

use common::fixtures::*;
use common::scripted::Wizard;
use common::snapshot::{self, draw};
use insta::assert_snapshot;
use ovhcart::api::error::{ErrorKind, Outcome};
use ovhcart::api::models::Held;
use ovhcart::app::consent::ConsentBox;
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;
use ovhcart::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};

fn snap(name: &str, state: &State) {
    snapshot::snap!(name, state);
}

// ---- subsidiary -------------------------------------------------------------------------

#[test]
fn subsidiary_loading() {
    snap("subsidiary_loading", &Wizard::new().state);
}

#[test]
fn subsidiary_loaded() {
    let mut w = Wizard::new();
    w.settle();
    snap("subsidiary_loaded", &w.state);
}

#[test]
fn subsidiary_filtered_and_no_match() {
    let mut w = Wizard::new();
    w.settle();
    w.set_text("fr");
    snap("subsidiary_filtered", &w.state);
    w.set_text("frxx");
    snap("subsidiary_no_match", &w.state);
}

#[test]
fn subsidiary_account_error() {
    let mut w = Wizard::new();
    w.answer(
        |e| matches!(e, Effect::LoadAccount { .. }),
        |req| Msg::AccountLoaded {
            req,
            result: Err(api_error(ErrorKind::InvalidCredentials, Outcome::NotApplied, "This credential is not valid")),
        },
    );
    snap("subsidiary_account_error", &w.state);
}

// ---- plan ----------------------------------------------------------------------------------

#[test]
fn plan_loading() {
    let mut w = Wizard::new();
    w.settle();
    w.confirm();
    snap("plan_loading", &w.state);
}

#[test]
fn plan_loading_while_retrying() {
    let mut w = Wizard::new();
    w.settle();
    w.choose_subsidiary("FR");
    w.send(Msg::Retrying { attempt: 3 });
    snap("plan_loading_retrying", &w.state);
}

#[test]
fn plan_loaded() {
    snap("plan_loaded", &Wizard::at_plan().state);
}

#[test]
fn plan_refused_without_renew_price() {
    let mut w = Wizard::at_plan();
    w.act(Action::Down);
    w.confirm();
    snap("plan_refused", &w.state);
}

#[test]
fn plan_cart_error() {
    let mut w = Wizard::new();
    w.settle();
    w.confirm();
    w.answer(|e| matches!(e, Effect::PrepareCart { .. }), |req| Msg::CartReady { req, result: Err(server_down()) });
    snap("plan_error", &w.state);
}

// ---- name ----------------------------------------------------------------------------------

#[test]
fn name_default() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.settle();
    snap("name_default", &w.state);
}

#[test]
fn name_too_long_and_wide_characters() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.set_text(&"プロジェクト".repeat(50));
    w.confirm();
    snap("name_too_long", &w.state);
    w.set_text("");
    w.confirm();
    snap("name_empty", &w.state);
}

// ---- voucher ---------------------------------------------------------------------------------

#[test]
fn voucher_empty() {
    snap("voucher_empty", &Wizard::at_voucher().state);
}

#[test]
fn voucher_checking() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    snap("voucher_checking", &w.state);
}

#[test]
fn voucher_refused() {
    let w = Wizard::voucher_refused();
    snap("voucher_refused", &w.state);
}

#[test]
fn voucher_attached_after_back() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    w.settle();
    w.act(Action::Back);
    snap("voucher_attached", &w.state);
}

// ---- review ----------------------------------------------------------------------------------

#[test]
fn review_quote_loading() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.confirm();
    w.confirm();
    snap("review_loading", &w.state);
}

#[test]
fn review_loaded_with_voucher() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    w.settle();
    // The voucher's reduction, as the API would show it.
    if let Remote::Ready(quote) = &mut w.state.pipeline.quote {
        *quote = common::fixtures::quote(true);
    }
    snap("review_loaded", &w.state);
}

#[test]
fn review_waiver_refused() {
    let mut w = Wizard::at_review();
    w.tick(ConsentBox::Contracts);
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    snap("review_refused", &w.state);
}

#[test]
fn review_waiver_ticked() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    w.act(Action::Toggle);
    snap("review_waiver_ticked", &w.state);
}

#[test]
fn review_quote_error() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.confirm();
    let add = w.take(|e| matches!(e, Effect::AddProject { .. }));
    w.send(success(&add).unwrap());
    let set = w.take(|e| matches!(e, Effect::SetConfiguration { .. }));
    w.send(success(&set).unwrap());
    w.answer(|e| matches!(e, Effect::LoadQuote { .. }), |req| Msg::QuoteLoaded { req, result: Err(server_down()) });
    w.settle();
    w.confirm();
    snap("review_error", &w.state);
}

// ---- order -------------------------------------------------------------------------------------

#[test]
fn confirm_order_overlay() {
    snap("overlay_confirm_order", &Wizard::placing().state);
}

#[test]
fn order_placing() {
    let mut w = Wizard::placing();
    w.confirm();
    snap("order_placing", &w.state);
}

#[test]
fn order_following_and_delivered() {
    let (mut w, req) = Wizard::following();
    snap("order_following", &w.state);
    w.send(Msg::ProjectDelivered { req, project_id: "0123456789ab4cdef0123456789abcde".into() });
    snap("order_delivered", &w.state);
}

#[test]
fn order_follow_error() {
    let mut w = Wizard::placing();
    w.confirm();
    w.settle();
    w.answer(|e| matches!(e, Effect::FollowOrder { .. }), |req| Msg::FollowFailed { req, error: server_down() });
    w.send(Msg::ReceiptWritten(Err("permission denied".into())));
    snap("order_follow_error", &w.state);
}

#[test]
fn order_maybe_placed() {
    let mut w = Wizard::checkout_answer_lost();
    snap("order_maybe_placed", &w.state);
    w.act(Action::Recheck);
    snap("order_maybe_placed_checking", &w.state);
    let Effect::RecheckOrder { req, .. } = w.take(|e| matches!(e, Effect::RecheckOrder { .. })) else { unreachable!() };
    let still = api_error(ErrorKind::ServerUnavailable, Outcome::Unknown, "Gateway timeout");
    w.send(Msg::OrderRechecked { req, result: Recheck::StillUnknown(still) });
    snap("order_maybe_placed_still_unknown", &w.state);
}

#[test]
fn order_failed_refused() {
    let refused = api_error(ErrorKind::BadRequest, Outcome::NotApplied, "Your payment method must be validated first");
    let w = Wizard::checkout_failed(refused);
    snap("overlay_error_refused", &w.state);
}

// ---- overlays --------------------------------------------------------------------------------

#[test]
fn help_overlays() {
    let mut w = Wizard::new();
    w.settle();
    w.act(Action::Help);
    snap("overlay_help_subsidiary", &w.state);
    let mut w = Wizard::at_review();
    w.act(Action::Help);
    snap("overlay_help_review", &w.state);
}

#[test]
fn contract_overlay() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(0));
    w.confirm();
    w.acts(&[Action::PageDown, Action::Down]);
    snap("overlay_contract", &w.state);
}

#[test]
fn confirm_quit_overlay() {
    let mut w = Wizard::at_review();
    w.act(Action::Quit);
    snap("overlay_confirm_quit", &w.state);
}

#[test]
fn too_small() {
    let state = Wizard::new().state;
    for (width, height) in [(40, 12), (59, 24), (80, 17)] {
        assert_snapshot!(format!("too_small_{width}x{height}"), draw(&state, width, height).backend());
    }
    // Degenerate sizes draw without panicking.
    for (width, height) in [(1, 1), (0, 0), (60, 18), (200, 18)] {
        draw(&Wizard::at_review().state, width, height);
    }
}

/// Ctrl-C on a screen too small for the wizard: its question is drawn alone, whole, in
/// every language, down to the size the core lets its keys act at.
#[test]
fn too_small_quit_question() {
    let mut w = Wizard::at_review();
    w.send(Msg::Resize { w: 50, h: 15 });
    w.key(Key::Ctrl('c'));
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmQuit));
    assert_snapshot!("too_small_quit_50x15", draw(&w.state, 50, 15).backend());
    for lang in ovhcart::i18n::Lang::ALL {
        w.state.lang = lang;
        let (width, height) = (ovhcart::app::state::QUIT_MIN_WIDTH, ovhcart::app::state::QUIT_MIN_HEIGHT);
        assert!(w.state.fits(width, height) && !w.state.fits(width - 1, height) && !w.state.fits(width, height - 1));
        let terminal = draw(&w.state, width, height);
        let screen: String = terminal.backend().buffer().content().iter().map(|c| c.symbol()).collect();
        for key in ["[k]", "[d]", "[esc]"] {
            assert!(screen.contains(key), "{lang:?}: {key} not drawn at {width}x{height}");
        }
    }
}

// ---- styles ------------------------------------------------------------------------------------

#[test]
fn the_focused_checkbox_is_marked_and_styled() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    let terminal = draw(&w.state, 120, 40);
    let buffer = terminal.backend().buffer();
    let row = (0..40).find(|y| {
        let line: String = (0..120).map(|x| buffer[(x, *y)].symbol().to_owned()).collect();
        line.contains("> [ ] I waive")
    });
    let y = row.expect("the focused waiver box is drawn with its marker");
    let x = (0..120).find(|x| buffer[(*x, y)].symbol() == "[").unwrap();
    let cell = &buffer[(x, y)];
    assert_eq!(cell.style().bg, Theme::standard().focus.bg);
    assert!(cell.modifier.contains(Modifier::BOLD));
}

#[test]
fn no_color_draws_no_colour_at_all() {
    for style in Theme::no_color().styles() {
        assert_eq!((style.fg, style.bg), (None, None));
    }
    let mut w = Wizard::at_review();
    w.state.display = Display { no_color: true, high_contrast: false };
    w.focus(ReviewFocus::Waiver);
    let terminal = draw(&w.state, 120, 40);
    for cell in terminal.backend().buffer().content() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{cell:?}");
    }
}

#[test]
fn high_contrast_differs_and_keeps_symbols() {
    let mut w = Wizard::at_review();
    w.state.display = Display { no_color: false, high_contrast: true };
    let standard = draw(&Wizard::at_review().state, 80, 24);
    let contrast = draw(&w.state, 80, 24);
    assert_eq!(standard.backend().to_string(), contrast.backend().to_string(), "same text, other styles");
    assert_ne!(standard.backend().buffer(), contrast.backend().buffer());
}

// ---- languages ---------------------------------------------------------------------------------

/// The review screen in every language: once at the top, once scrolled to the ticked waiver
/// and the order button. The API's own texts (products, contracts, prices) stay as sent.
#[test]
fn review_in_every_language() {
    for lang in ovhcart::i18n::Lang::ALL {
        let code = lang.code();
        let mut w = Wizard::at_review();
        w.state.lang = lang;
        assert_snapshot!(format!("lang_{code}_review_100x32"), draw(&w.state, 100, 32).backend());
        w.focus(ReviewFocus::Waiver);
        w.act(Action::Toggle);
        w.focus(ReviewFocus::PlaceOrder);
        assert_snapshot!(format!("lang_{code}_review_waiver_100x32"), draw(&w.state, 100, 32).backend());
    }
}

/// The screen's text inside the frame, one space between words.
fn words_on_screen(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let text: String = buffer.content().iter().map(|cell| cell.symbol()).collect();
    text.replace('│', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One space between words.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Consent is given seeing its text: with a consent box focused, its label and whole text
/// are on screen (the clauses in Italian and in the interface language; for the contracts'
/// box, the contracts it accepts, listed above it), in every language, down to the smallest
/// screen the wizard draws.
#[test]
fn the_whole_text_of_a_box_shows_when_it_has_focus() {
    for lang in ovhcart::i18n::Lang::ALL {
        for (code, consent) in
            [("FR", ConsentBox::Contracts), ("IT", ConsentBox::ItalianClauses), ("FR", ConsentBox::Waiver)]
        {
            let mut w = Wizard::at_review_for(code);
            w.state.lang = lang;
            w.focus(consent.focus());
            let mut texts: Vec<String> = consent.paragraphs(lang).iter().map(|p| words(p)).collect();
            texts.push(words(&ovhcart::i18n::tr(lang, consent.label())));
            if consent == ConsentBox::Contracts {
                texts.extend(w.state.quote().unwrap().contracts.iter().map(|c| words(&c.name)));
            }
            for (width, height) in [(60, 18), (80, 24), (100, 30), (120, 40)] {
                let screen = words_on_screen(&draw(&w.state, width, height));
                for text in &texts {
                    assert!(
                        screen.contains(text),
                        "{} {consent:?} at {width}x{height}: {text:?} not in {screen}",
                        lang.code()
                    );
                }
            }
        }
    }
}

/// The new boxes in every language at both sizes, focused (so their whole text shows): the
/// contracts' box, and the Italian clauses' box (in Italian, then translated).
#[test]
fn consent_boxes_in_every_language() {
    for lang in ovhcart::i18n::Lang::ALL {
        let code = lang.code();
        let mut w = Wizard::at_review();
        w.state.lang = lang;
        w.focus(ReviewFocus::AcceptContracts);
        snap(&format!("lang_{code}_review_contracts"), &w.state);
        let mut w = Wizard::at_review_for("IT");
        w.state.lang = lang;
        w.tick(ConsentBox::Contracts);
        w.focus(ReviewFocus::ItalianClauses);
        snap(&format!("lang_{code}_review_clauses"), &w.state);
    }
}

// ---- real accounts: eligibility, held and refused orders --------------------------------

/// On the name step, the account loaded with an action to take in the Control Panel.
fn must_act_on_name_step() -> Wizard {
    let mut w = Wizard::must_act(&["challengePaymentMethod"]);
    w.choose_subsidiary("FR");
    w.settle();
    w.confirm();
    w.settle();
    w
}

#[test]
fn name_with_an_account_that_must_act() {
    snap("name_eligibility", &must_act_on_name_step().state);
}

#[test]
fn review_refused_for_eligibility() {
    let mut w = must_act_on_name_step();
    w.acts(&[Action::Confirm; 2]);
    w.settle();
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    snap("review_eligibility", &w.state);
}

#[test]
fn order_held_and_refused() {
    let panel = "https://www.ovh.com/manager/".to_owned();
    let (mut w, req) = Wizard::following();
    let held = state::Stopped::Held { held: Held::DocumentsRequested, control_panel: panel.clone() };
    w.send(Msg::FollowStopped { req, stopped: held });
    snap("order_held_documents", &w.state);
    let (mut w, req) = Wizard::following();
    let error = api_error(ErrorKind::Forbidden, Outcome::NotApplied, "Order 123456789 has been refused (error 906)");
    w.send(Msg::FollowStopped { req, stopped: state::Stopped::Refused { error, control_panel: panel } });
    snap("order_refused", &w.state);
}
