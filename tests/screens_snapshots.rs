//! Issue 16: every screen true at every size and in every language. Each snapshot is one
//! screen in one language drawn at the four sizes a tester used (60x18, the smallest the
//! wizard draws, 80x24, 100x30, 120x40), one under the other; beside them, the rules the
//! pictures show are checked on every drawing:
//! - what must be read before ticking a box is whole on screen when the box has the focus,
//!   and a view that goes on says so (`▲`/`▼` on the borders or a row of their own);
//! - amounts are never cut: a description gives way, ending in `…`;
//! - the footer keeps Enter, Esc and the language key;
//! - an address is on a line of its own, unbroken.

mod common;

use common::carts::*;
use common::fixtures::*;
use common::scripted::Wizard;
use common::snapshot::draw;
use ovhcart::app::keymap::{self, Action};
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;
use ovhcart::i18n::{Lang, tr};

const SIZES: [(u16, u16); 4] = [(60, 18), (80, 24), (100, 30), (120, 40)];

/// The drawn screen's rows.
fn rows(state: &State, width: u16, height: u16) -> Vec<String> {
    let terminal = draw(state, width, height);
    let buffer = terminal.backend().buffer();
    (0..height).map(|y| (0..width).map(|x| buffer[(x, y)].symbol().to_owned()).collect()).collect()
}

/// The state drawn at each size, one under the other.
fn sheet(state: &State) -> String {
    let mut sheet = String::new();
    for (width, height) in SIZES {
        sheet.push_str(&format!("{width}x{height}\n{}\n", draw(state, width, height).backend()));
    }
    sheet
}

/// Snapshots `name` in every language, `make` building the state for one, and checks each
/// drawing with `check`.
fn every_language(name: &str, make: impl Fn(Lang) -> State, check: impl Fn(&State, Lang, (u16, u16), &[String])) {
    for lang in Lang::ALL {
        let state = make(lang);
        insta::assert_snapshot!(format!("{name}_{}", lang.code()), sheet(&state));
        for size in SIZES {
            let drawn = rows(&state, size.0, size.1);
            footer_keeps_the_essential_keys(&state, size, &drawn);
            check(&state, lang, size, &drawn);
        }
    }
}

/// In the footer, Enter, Esc and the language key whenever the keymap offers them.
fn footer_keeps_the_essential_keys(state: &State, size: (u16, u16), drawn: &[String]) {
    let footer = drawn.last().unwrap();
    for binding in keymap::footer(state) {
        if binding.action.footer_rank() <= Action::SwitchLanguage.footer_rank() {
            assert!(
                footer.contains(&format!(" {} ", binding.label)),
                "{size:?}: {} missing in {footer:?}",
                binding.label
            );
        }
    }
}

/// The words of the screen (borders taken out), one space between them.
fn words(drawn: &[String]) -> String {
    drawn.join(" ").replace(['│', '┌', '┐', '└', '┘', '─'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

fn at_review(lang: Lang) -> Wizard {
    let mut w = Wizard::at_review();
    w.state.lang = lang;
    w
}

/// The waiver's box focused: its whole text shows, at every size, and what is above and
/// below is marked.
#[test]
fn review_waiver() {
    every_language(
        "review_waiver",
        |lang| {
            let mut w = at_review(lang);
            w.focus(ReviewFocus::Waiver);
            w.state
        },
        |state, lang, size, drawn| {
            let waiver = words(&[tr(lang, "review-waiver-label"), tr(lang, "waiver-text")]);
            assert!(words(drawn).contains(&waiver), "{lang:?} {size:?}: the waiver's box and text are not whole");
            let place_order = tr(lang, "review-place-order");
            let whole = drawn.iter().any(|row| row.contains(&place_order));
            assert!(whole || drawn.iter().any(|row| row.contains('▼')), "{lang:?} {size:?}: more below, unsaid");
            let top = tr(lang, "review-subsidiary");
            assert!(drawn.iter().any(|row| row.contains('▲') || row.contains(&top)), "{lang:?} {size:?}");
            let _ = state;
        },
    );
}

/// After a quote error, the error shows in place of the quote and still hides nothing:
/// focused, the waiver is whole.
#[test]
fn review_quote_error() {
    every_language(
        "review_quote_error",
        |lang| {
            let mut w = Wizard::at_plan();
            w.acts(&[Action::Confirm; 3]);
            let add = w.take(|e| matches!(e, Effect::AddProject { .. }));
            w.send(success(&add).unwrap());
            let set = w.take(|e| matches!(e, Effect::SetConfiguration { .. }));
            w.send(success(&set).unwrap());
            w.answer(
                |e| matches!(e, Effect::LoadQuote { .. }),
                |req| Msg::QuoteLoaded { req, result: Err(server_down()) },
            );
            w.settle();
            w.state.lang = lang;
            w.focus(ReviewFocus::Waiver);
            w.state
        },
        |_, lang, size, drawn| {
            let waiver = words(&[tr(lang, "waiver-text")]);
            assert!(words(drawn).contains(&waiver), "{lang:?} {size:?}: the error hides the waiver");
        },
    );
}

const LONG_NAME: &str = "Analytics platform of the data science team, production, Gravelines";

/// A long project name: the quote's line gives way (`…`) and keeps its price; the name is
/// whole in the summary above. The focused contract's address is on its own line.
#[test]
fn review_long_name() {
    every_language(
        "review_long_name",
        |lang| {
            let mut w = Wizard::at_plan();
            w.confirm();
            w.set_text(LONG_NAME);
            w.acts(&[Action::Confirm; 2]);
            w.settle();
            if let Remote::Ready(quote) = &mut w.state.pipeline.quote {
                quote.details[0].description = format!("Public Cloud Project {LONG_NAME}");
                quote.details[0].total_price = price("1 234,56 €", 1234.56);
            }
            w.state.lang = lang;
            w.focus(ReviewFocus::Contract(0));
            w.state
        },
        |state, lang, size, drawn| {
            let line = drawn.iter().find(|row| row.contains("Public Cloud Project")).expect("the quote's line");
            assert!(line.trim_end_matches([' ', '│']).ends_with("1 234,56 €"), "{lang:?} {size:?}: {line}");
            let whole = line.contains(&format!("Public Cloud Project {LONG_NAME} × 1"));
            assert!(whole || line.contains('…'), "{lang:?} {size:?}: cut without …: {line}");
            // The name is whole in the summary, at the review's top.
            let mut top = state.clone();
            top.review.scroll = Some(0);
            let at_top = rows(&top, size.0, size.1);
            assert!(words(&at_top).contains(&words(&[LONG_NAME.to_owned()])), "{lang:?} {size:?}: the name is cut");
            let url = "https://www.ovh.com/fr/support/documents_legaux/conditions_generales.pdf";
            if usize::from(size.0) >= url.chars().count() {
                assert!(drawn.iter().any(|row| row.contains(url)), "{lang:?} {size:?}: the address is broken");
            }
        },
    );
}

/// The subsidiaries, the account's highlighted: the list says what is above and below; a
/// cell cut short ends in `…`, and the highlighted row is then whole under the list.
#[test]
fn subsidiary_list() {
    every_language(
        "subsidiary_list",
        |lang| {
            let mut w = Wizard::new();
            w.settle();
            w.state.lang = lang;
            w.state
        },
        |state, lang, size, drawn| {
            let all = state.filtered_subsidiaries();
            let shows = |country: &str| drawn.iter().any(|row| row.contains(&format!(" {country} ")));
            let country = |s| ovhcart::app::labels::country(lang, s);
            let (first, last) = (shows(country(all[0])), shows(country(all[all.len() - 1])));
            let said = |key: &str| drawn.iter().any(|row| row.contains(&tr(lang, key)));
            assert_eq!(said("more-above"), !first, "{lang:?} {size:?}");
            assert_eq!(said("more-below"), !last, "{lang:?} {size:?}");
            let yours = tr(lang, "subsidiary-yours");
            let row = drawn.iter().find(|row| row.contains("> FR")).expect("FR highlighted");
            if !row.contains(&yours) {
                assert!(row.contains('…'), "{lang:?} {size:?}: cut without …: {row}");
                assert!(words(drawn).contains(&words(&[yours])), "{lang:?} {size:?}: not whole under the list");
            }
        },
    );
}

/// The review's help: every key of every binding, scrolled where the screen is low.
#[test]
fn help_review() {
    every_language(
        "help_review",
        |lang| {
            let mut w = at_review(lang);
            w.act(Action::Help);
            w.state
        },
        |_, lang, size, drawn| {
            let text = drawn.join("\n");
            // All of it, or it says that more is below.
            let goes_on = text.contains(&tr(lang, "more-below"));
            for key in ["pgup", "pgdn", "home", "end", "space", "tab, ↓, j", "ctrl-c"] {
                assert!(goes_on || text.contains(key), "{lang:?} {size:?}: {key} not in the help");
            }
        },
    );
}

/// A contract: its address on a line of its own (over the window's borders where it is
/// wider), the markers on the window's borders.
#[test]
fn contract() {
    every_language(
        "contract",
        |lang| {
            let mut w = at_review(lang);
            w.focus(ReviewFocus::Contract(0));
            w.confirm();
            w.acts(&[Action::PageDown]);
            w.state
        },
        |_, lang, size, drawn| {
            let url = "https://www.ovh.com/fr/support/documents_legaux/conditions_generales.pdf";
            let text = drawn.join("");
            assert!(text.contains(url), "{lang:?} {size:?}: the address is broken");
            assert!(text.contains(&tr(lang, "more-above")), "{lang:?} {size:?}: scrolled, unsaid");
            let end = text.contains("Article 40.");
            assert_eq!(text.contains(&tr(lang, "more-below")), !end, "{lang:?} {size:?}: more below, unsaid");
        },
    );
}

/// The order placed: its page's address whole on its own rows, running over the borders
/// (and on into the next row) where it is wider than the box; the text goes on, marked.
#[test]
fn order_placed() {
    every_language(
        "order_placed",
        |lang| {
            let (mut w, _) = Wizard::following();
            w.state.lang = lang;
            w.state
        },
        |_, lang, size, drawn| {
            let url = placed().url.unwrap();
            assert!(drawn.join("").contains(&url), "{lang:?} {size:?}: the address is broken");
            let offered = drawn.last().unwrap().contains(" o ");
            assert!(offered || (size.0 < 80 && lang != Lang::En), "{lang:?} {size:?}: the footer does not offer o");
        },
    );
}

/// The cart browser's long list, marked above and below, and a cart's detail.
#[test]
fn carts() {
    every_language(
        "carts_long",
        |lang| {
            let carts =
                (1..=30).map(|n| summary(&format!("cart-{n}"), &format!("Cart number {n}"), n % 3, false, false));
            let mut w = browsing(carts.collect());
            w.state.lang = lang;
            w.acts(&[Action::PageDown, Action::PageDown]);
            w.state
        },
        |_, lang, size, drawn| {
            let text = drawn.join("\n");
            // By the short id (the project's name may end in `…` on a narrow screen).
            let (first, last) = (text.contains(" cart-1 "), text.contains(" cart-30 "));
            assert_eq!(text.contains(&tr(lang, "more-above")), !first, "{lang:?} {size:?}");
            assert_eq!(text.contains(&tr(lang, "more-below")), !last, "{lang:?} {size:?}");
        },
    );
}

/// Onboarding: the endpoints, their list marked where it goes on; the validation link whole
/// on its own line(s), offered to `o` and `y`.
#[test]
fn onboarding() {
    every_language(
        "onboard_endpoint",
        |lang| {
            let mut state = common::onboarding::onboarding(false);
            state.lang = lang;
            state
        },
        |state, lang, size, drawn| {
            let endpoints = &state.onboarding.as_ref().unwrap().endpoints;
            let last = endpoints.last().unwrap().to_string();
            let text = drawn.join("\n");
            if !text.contains(&last) {
                assert!(text.contains(&tr(lang, "more-below")), "{lang:?} {size:?}: more below, unsaid");
            }
        },
    );
    every_language(
        "onboard_waiting",
        |lang| {
            let (mut state, _) = common::onboarding::waiting();
            state.lang = lang;
            state
        },
        |state, lang, size, drawn| {
            let url = &state.onboarding.as_ref().unwrap().pending.as_ref().unwrap().validation_url;
            assert!(drawn.join("").contains(url.as_str()), "{lang:?} {size:?}: the link is broken");
            assert!(drawn.last().unwrap().contains(" o "), "{lang:?} {size:?}: the footer does not offer o");
        },
    );
}
