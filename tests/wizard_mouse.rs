//! Mouse clicks: the hit-testing (what is drawn at a cell) checked against the drawn
//! screen itself, and what a click does in `update`.

mod common;

use common::scripted::Wizard;
use common::snapshot::rows;
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::*;
use ovhcart::tui::view::hit;
use ratatui::layout::Rect;

/// Where `needle` is drawn: (column, row) of its first character.
fn find(state: &State, size: (u16, u16), needle: &str) -> (u16, u16) {
    let rows = rows(state, size.0, size.1);
    for (y, row) in rows.iter().enumerate() {
        if let Some(byte) = row.find(needle) {
            let x = row[..byte].chars().count();
            return (u16::try_from(x).unwrap(), u16::try_from(y).unwrap());
        }
    }
    panic!("{needle:?} is not on screen:\n{}", rows.join("\n"));
}

fn click_on(state: &State, size: (u16, u16), needle: &str) -> Option<Click> {
    let (x, y) = find(state, size, needle);
    hit::click(state, Rect::new(0, 0, size.0, size.1), x, y)
}

fn index_of(state: &State, code: &str) -> usize {
    state.filtered_subsidiaries().iter().position(|s| s.code == code).unwrap()
}

#[test]
fn a_click_on_a_subsidiary_row_selects_it_even_when_the_list_is_scrolled() {
    let mut w = Wizard::new();
    w.settle();
    for size in [(120, 40), (80, 24)] {
        let nl = Some(Click::Subsidiary(index_of(&w.state, "NL")));
        assert_eq!(click_on(&w.state, size, "Netherlands"), nl, "{size:?}");
    }
    // At 80x24 the row under the last one shown says more is below: it is no row.
    assert_eq!(click_on(&w.state, (80, 24), "▼ more below"), None);
    // Far down the list at 80x24 the table scrolls; the rows still map to what is drawn.
    w.acts(&[Action::Down; 30]);
    let last = w.state.filtered_subsidiaries().len() - 1;
    assert_eq!(w.state.subsidiary_cursor(), Some(last));
    let country = ovhcart::app::labels::country(w.state.lang, w.state.filtered_subsidiaries()[last]);
    assert_eq!(click_on(&w.state, (80, 24), country), Some(Click::Subsidiary(last)));
    assert!(!rows(&w.state, 80, 24).join("\n").contains("Czechia"), "the top of the list is scrolled away");
    assert_eq!(click_on(&w.state, (80, 24), "Senegal"), Some(Click::Subsidiary(index_of(&w.state, "SN"))));
    w.send(Msg::Click(Click::Subsidiary(index_of(&w.state, "SN"))));
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("SN"));
    assert_eq!(w.state.step, Step::Subsidiary, "a click selects; Enter chooses");
}

#[test]
fn clicks_off_the_rows_land_nowhere() {
    let mut w = Wizard::new();
    w.settle();
    let area = Rect::new(0, 0, 120, 40);
    assert_eq!(click_on(&w.state, (120, 40), "ovhcart"), None, "the header");
    assert_eq!(click_on(&w.state, (120, 40), "Orders through"), None, "the table's titles");
    assert_eq!(hit::click(&w.state, area, 119, 39), None, "the footer");
    assert_eq!(hit::click(&w.state, Rect::new(0, 0, 40, 10), 5, 5), None, "too small to draw");
    w.act(Action::Help);
    assert_eq!(click_on(&w.state, (120, 40), "Poland"), None, "behind the help");
    let before = w.state.clone();
    w.send(Msg::Click(Click::Subsidiary(0)));
    assert_eq!(w.state, before, "a click behind a window does nothing");
}

#[test]
fn a_click_on_a_plan_row_moves_the_cursor() {
    let mut w = Wizard::at_plan();
    let size = (120, 40);
    let (x, y) = find(&w.state, size, "project.2018");
    let second = hit::click(&w.state, Rect::new(0, 0, size.0, size.1), x, y + 1);
    assert_eq!(click_on(&w.state, size, "project.2018"), Some(Click::Plan(0)));
    assert_eq!(second, Some(Click::Plan(1)));
    w.send(Msg::Click(Click::Plan(1)));
    assert_eq!(w.state.plan_cursor, 1);
    w.send(Msg::Click(Click::Plan(99)));
    assert_eq!(w.state.plan_cursor, 1, "no such row");
}

#[test]
fn only_a_click_on_its_own_box_ticks_the_waiver() {
    let mut w = Wizard::at_review();
    let size = (120, 40);
    w.focus(ReviewFocus::Waiver);
    assert_eq!(click_on(&w.state, size, "I waive my right"), Some(Click::Review(ReviewFocus::Waiver)));
    assert_eq!(click_on(&w.state, size, "Under EU consumer law"), None, "the text under the box is not the box");
    assert_eq!(click_on(&w.state, size, "Pay automatically"), Some(Click::Review(ReviewFocus::AutoPay)));
    assert_eq!(click_on(&w.state, size, "Place order"), Some(Click::Review(ReviewFocus::PlaceOrder)));
    assert!(!w.state.draft.consents.waiver, "still never pre-ticked");

    w.send(Msg::Click(Click::Review(ReviewFocus::Waiver)));
    assert!(w.state.draft.consents.waiver);
    assert_eq!(w.state.review.focus, ReviewFocus::Waiver);
    w.send(Msg::Click(Click::Review(ReviewFocus::Waiver)));
    assert!(!w.state.draft.consents.waiver, "a second click unticks");
    w.send(Msg::Click(Click::Review(ReviewFocus::AutoPay)));
    assert!(w.state.draft.auto_pay && !w.state.draft.consents.waiver);
}

#[test]
fn a_click_on_place_order_focuses_it_and_still_asks() {
    let mut w = Wizard::at_review();
    w.send(Msg::Click(Click::Review(ReviewFocus::AcceptContracts)));
    w.send(Msg::Click(Click::Review(ReviewFocus::Waiver)));
    let effects = w.send(Msg::Click(Click::Review(ReviewFocus::PlaceOrder)));
    assert!(effects.is_empty());
    assert_eq!((w.state.review.focus, w.state.overlay), (ReviewFocus::PlaceOrder, None));
    w.enter();
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder), "placing still takes Enter and the confirmation");
    assert_eq!(w.state.order, OrderState::NotPlaced);
}

#[test]
fn a_contract_row_is_found_when_the_review_is_scrolled() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::PlaceOrder);
    // At 80x24 the review scrolls down to the button; what is drawn is what is hit.
    let size = (80, 24);
    assert_eq!(click_on(&w.state, size, "Place order"), Some(Click::Review(ReviewFocus::PlaceOrder)));
    assert_eq!(click_on(&w.state, size, "I waive my right"), Some(Click::Review(ReviewFocus::Waiver)));
    let w = Wizard::at_review();
    let contract = w.state.quote().unwrap().contracts[0].name.clone();
    assert_eq!(click_on(&w.state, (120, 40), &contract), Some(Click::Review(ReviewFocus::Contract(0))));
}
