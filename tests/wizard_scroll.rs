//! Issue 16 through `update` alone: the intents that scroll (a row, a page, an end, the
//! wheel), in every list and in the review, the contract, the help and the order step; the
//! review's rule that a box scrolled out of sight is shown before it is ticked; and the
//! intents that open and copy the address a screen shows.

mod common;

use common::carts::*;
use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::app::consent::ConsentBox;
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;

/// What the full screen would report after drawing `view` showing `rows` rows from `top`.
fn shown(w: &mut Wizard, view: ScrollView, top: usize, rows: usize, last_top: usize, shows_focus: bool) {
    w.send(Msg::Viewport(Viewport { view, top, rows, last_top, shows_focus }));
}

fn highlighted(w: &Wizard) -> usize {
    w.state.subsidiary_cursor().unwrap()
}

#[test]
fn the_subsidiary_list_moves_a_page_and_to_its_ends() {
    let mut w = Wizard::new();
    w.settle();
    w.act(Action::Home);
    assert_eq!(highlighted(&w), 0);
    let count = w.state.filtered_subsidiaries().len();
    // Before the screen says how many rows show, a page is ten.
    w.act(Action::PageDown);
    assert_eq!(highlighted(&w), scroll::DEFAULT_PAGE);
    // Eight rows show: a page moves seven, a row staying in sight.
    shown(&mut w, ScrollView::Subsidiaries, 3, 8, count - 8, true);
    w.act(Action::PageUp);
    assert_eq!(highlighted(&w), scroll::DEFAULT_PAGE - 7);
    w.act(Action::End);
    assert_eq!(highlighted(&w), count - 1);
    w.act(Action::PageDown);
    assert_eq!(highlighted(&w), count - 1, "not past the end");
    w.act(Action::PageUp);
    assert_eq!(highlighted(&w), count - 8);
    // The wheel moves the highlight as the arrows do.
    w.key(Key::WheelUp);
    assert_eq!(highlighted(&w), count - 9);
    w.key(Key::WheelDown);
    assert_eq!(highlighted(&w), count - 8);
    // Home and End move the list, not the filter's cursor (ctrl-a / ctrl-e do that).
    w.set_text("e");
    w.key(Key::Home);
    assert_eq!(highlighted(&w), 0);
    assert_eq!(w.state.subsidiary_screen.filter.cursor(), 1, "the filter's cursor stays");
    w.key(Key::Ctrl('a'));
    assert_eq!(w.state.subsidiary_screen.filter.cursor(), 0);
    assert_eq!(w.state.step, Step::Subsidiary, "nothing chosen");
}

#[test]
fn the_plan_list_moves_to_its_ends() {
    let mut w = Wizard::at_plan();
    w.act(Action::End);
    assert_eq!(w.state.plan_cursor, w.state.offers().len() - 1);
    w.act(Action::Home);
    assert_eq!(w.state.plan_cursor, 0);
    w.act(Action::PageDown);
    assert_eq!(w.state.plan_cursor, w.state.offers().len() - 1);
    w.act(Action::PageUp);
    assert_eq!(w.state.plan_cursor, 0);
    assert_eq!(w.state.step, Step::Plan);
}

#[test]
fn the_cart_lists_move_a_page_and_to_their_ends() {
    let carts: Vec<_> = (0..30).map(|n| summary(&format!("cart-{n}"), &format!("Cart {n}"), 1, false, false)).collect();
    let mut w = browsing(carts);
    w.act(Action::End);
    assert_eq!(w.state.browser.cursor, 29);
    shown(&mut w, ScrollView::Carts, 18, 12, 18, true);
    w.act(Action::PageUp);
    assert_eq!(w.state.browser.cursor, 18);
    w.key(Key::Char(' '));
    assert_eq!(w.state.browser.cursor, 29, "space pages down where letters are not text");
    w.act(Action::Home);
    assert_eq!(w.state.browser.cursor, 0);

    let mut w = viewing(detail());
    let rows = w.state.browser.detail.ready().unwrap().rows().len();
    w.act(Action::End);
    assert_eq!(w.state.browser.detail_cursor, rows - 1);
    w.act(Action::PageUp);
    assert_eq!(w.state.browser.detail_cursor, 0);
}

#[test]
fn the_language_switches_in_the_cart_browser() {
    let mut w = browsing(several());
    assert!(keymap::binds(Context::Carts, Action::SwitchLanguage));
    let before = w.state.lang;
    w.act(Action::SwitchLanguage);
    assert_ne!(w.state.lang, before);
    let mut w = viewing(detail());
    w.key(Key::F(2));
    assert_ne!(w.state.lang, before);
}

#[test]
fn the_review_scrolls_and_keeps_its_focus() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    // The screen shows lines 20..32 of 44.
    shown(&mut w, ScrollView::Review, 20, 12, 32, true);
    w.act(Action::PageUp);
    assert_eq!(w.state.review.scroll, Some(9), "a page up, a line kept");
    assert_eq!(w.state.review.focus, ReviewFocus::Waiver, "the focus stays");
    w.act(Action::Home);
    assert_eq!(w.state.review.scroll, Some(0));
    shown(&mut w, ScrollView::Review, 0, 12, 32, false);
    w.act(Action::End);
    assert_eq!(w.state.review.scroll, Some(32));
    shown(&mut w, ScrollView::Review, 32, 12, 32, true);
    w.act(Action::PageDown);
    assert_eq!(w.state.review.scroll, Some(32), "not past the last page");
    w.key(Key::WheelUp);
    assert_eq!(w.state.review.scroll, Some(32 - scroll::WHEEL_ROWS));
    shown(&mut w, ScrollView::Review, 29, 12, 32, true);
    w.key(Key::WheelDown);
    assert_eq!(w.state.review.scroll, Some(32));
    // Moving the focus follows it again.
    w.act(Action::FocusPrev);
    assert_eq!(w.state.review.scroll, None);
    assert_eq!(w.state.review.focus, ReviewFocus::AutoPay);
    // PgDn and PgUp are not Tab: no focus moves, no box changes.
    assert!(!w.state.draft.consents.waiver && !w.state.draft.auto_pay);
}

#[test]
fn a_box_scrolled_out_of_sight_is_shown_before_it_is_ticked() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    shown(&mut w, ScrollView::Review, 20, 12, 32, true);
    w.act(Action::Home);
    // Until the screen says otherwise, the waiver is not known to be in sight.
    assert!(w.act(Action::Toggle).is_empty());
    assert!(!w.state.draft.consents.waiver, "ticked out of sight");
    assert_eq!(w.state.review.scroll, None, "brought back into sight");
    // Drawn again with the box and its text in sight: Space ticks it.
    shown(&mut w, ScrollView::Review, 20, 12, 32, true);
    w.key(Key::Char(' '));
    assert!(w.state.draft.consents.waiver);
    // Scrolled away from the button, Enter shows it and asks nothing.
    w.tick(ConsentBox::Contracts);
    w.focus(ReviewFocus::PlaceOrder);
    w.act(Action::Home);
    shown(&mut w, ScrollView::Review, 0, 12, 32, false);
    w.act(Action::Confirm);
    assert_eq!((w.state.overlay, w.state.review.scroll), (None, None));
    shown(&mut w, ScrollView::Review, 30, 12, 32, true);
    w.act(Action::Confirm);
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder));
}

#[test]
fn the_contract_scrolls_to_its_ends_within_its_last_page() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(0));
    w.confirm();
    let scroll = |w: &Wizard| match w.state.overlay {
        Some(Overlay::Contract { scroll, .. }) => scroll,
        other => panic!("{other:?}"),
    };
    w.act(Action::End);
    assert_eq!(scroll(&w), 39, "without a report: its last line");
    shown(&mut w, ScrollView::Contract, 39, 9, 31, true);
    w.act(Action::End);
    assert_eq!(scroll(&w), 31, "its last page");
    w.act(Action::PageUp);
    assert_eq!(scroll(&w), 23);
    w.act(Action::Home);
    assert_eq!(scroll(&w), 0);
    w.key(Key::WheelDown);
    assert_eq!(scroll(&w), 1);
}

#[test]
fn the_help_scrolls_and_opens_at_its_top() {
    let mut w = Wizard::at_review();
    w.act(Action::Help);
    shown(&mut w, ScrollView::Help, 0, 10, 9, true);
    w.act(Action::PageDown);
    assert_eq!(w.state.help_scroll, 9);
    w.act(Action::Up);
    assert_eq!(w.state.help_scroll, 8);
    w.act(Action::Close);
    w.act(Action::Help);
    assert_eq!(w.state.help_scroll, 0);
}

#[test]
fn the_order_step_scrolls() {
    let (mut w, _) = Wizard::following();
    shown(&mut w, ScrollView::Order, 0, 12, 8, true);
    w.act(Action::End);
    assert_eq!(w.state.order_scroll, 8);
    w.act(Action::Up);
    assert_eq!(w.state.order_scroll, 7);
    w.key(Key::Home);
    assert_eq!(w.state.order_scroll, 0);
}

#[test]
fn a_report_of_another_view_is_not_read() {
    let mut w = Wizard::new();
    w.settle();
    w.act(Action::Home);
    shown(&mut w, ScrollView::Review, 0, 3, 40, true);
    w.act(Action::PageDown);
    assert_eq!(highlighted(&w), scroll::DEFAULT_PAGE, "a page of the default size");
    // Nor is a report a person's doing: it acts on nothing and clears nothing.
    let before = w.state.clone();
    shown(&mut w, ScrollView::Subsidiaries, 0, 8, 30, true);
    assert_eq!(w.state.viewport.map(|v| v.rows), Some(8));
    assert_eq!((w.state.step, w.state.subsidiary_screen.clone()), (before.step, before.subsidiary_screen));
}

// ---- addresses ----------------------------------------------------------------------------------

const TERMS: &str = "https://www.ovh.com/fr/support/documents_legaux/conditions_generales.pdf";

#[test]
fn o_opens_the_focused_contract_and_the_status_line_says_how_it_went() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(0));
    let effects = w.act(Action::OpenUrl);
    let [Effect::OpenUrl { req, url }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(url, TERMS);
    assert_eq!(w.state.notice, Some(Notice::Opening));
    w.send(Msg::UrlOpened { req: *req, result: Ok("xdg-open".into()) });
    assert_eq!(w.state.notice, Some(Notice::Opened { program: "xdg-open".into() }));
    // The next key clears it.
    w.act(Action::FocusNext);
    assert_eq!(w.state.notice, None);

    // None could be started: it says why; an older answer is not read.
    w.focus(ReviewFocus::Contract(1));
    let effects = w.act(Action::OpenUrl);
    let [Effect::OpenUrl { req: first, url }] = &effects[..] else { panic!("{effects:?}") };
    assert!(url.ends_with("public_cloud.pdf"));
    let effects = w.act(Action::OpenUrl);
    let [Effect::OpenUrl { req: second, .. }] = &effects[..] else { panic!("{effects:?}") };
    w.send(Msg::UrlOpened { req: *first, result: Ok("xdg-open".into()) });
    assert_eq!(w.state.notice, Some(Notice::Opening), "a stale answer");
    w.send(Msg::UrlOpened { req: *second, result: Err("xdg-open: not found".into()) });
    assert_eq!(w.state.notice, Some(Notice::NotOpened { why: "xdg-open: not found".into() }));
}

#[test]
fn y_copies_the_address_shown_through_the_terminal() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Contract(0));
    assert_eq!(w.key(Key::Char('y')), [Effect::CopyToClipboard { text: TERMS.into() }]);
    assert_eq!(w.state.notice, Some(Notice::Copied));
    // The contract's window offers its own.
    w.confirm();
    assert_eq!(w.act(Action::CopyUrl), [Effect::CopyToClipboard { text: TERMS.into() }]);
    // The order's page once placed.
    let (mut w, _) = Wizard::following();
    let page = placed().url.unwrap();
    assert_eq!(w.act(Action::CopyUrl), [Effect::CopyToClipboard { text: page.clone() }]);
    assert!(matches!(&w.key(Key::Char('o'))[..], [Effect::OpenUrl { url, .. }] if *url == page));
}

#[test]
fn no_address_no_key() {
    // On a box of the review, with nothing to do in the Control Panel: no address.
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    assert!(!keymap::is_available(&w.state, Action::OpenUrl));
    assert!(w.act(Action::OpenUrl).is_empty() && w.act(Action::CopyUrl).is_empty());
    assert!(!keymap::footer(&w.state).iter().any(|b| matches!(b.action, Action::OpenUrl | Action::CopyUrl)));
    // An address that is not a web address is never offered.
    let mut w = Wizard::at_review();
    if let Remote::Ready(quote) = &mut w.state.pipeline.quote {
        quote.contracts[0].url = "file:///etc/passwd".into();
    }
    w.focus(ReviewFocus::Contract(0));
    assert!(w.act(Action::OpenUrl).is_empty());
    assert_eq!(links::shown_url(&w.state), None);
}

#[test]
fn the_control_panel_is_the_address_when_the_account_must_act_there() {
    let mut w = Wizard::must_act(&["challengePaymentMethod"]);
    w.choose_subsidiary("FR");
    w.settle();
    w.confirm();
    w.settle();
    assert_eq!(w.state.step, Step::Name);
    // Letters are the name's: Ctrl-Y copies there.
    assert_eq!(w.key(Key::Ctrl('y')), [Effect::CopyToClipboard { text: "https://www.ovh.com/manager/".into() }]);
    w.key(Key::Char('y'));
    assert!(w.state.name_field.value().ends_with('y'), "y is text in the name");
}
