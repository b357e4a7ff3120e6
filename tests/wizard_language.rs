//! Switching the language in the wizard: the key, where it works, the header, and the rule
//! that the waiver's consent and the receipt's language always go together.

mod common;

use common::fixtures::*;
use common::scripted::Wizard;
use common::snapshot;
use ovhcart::app::consent::ConsentBox;
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::screens::{OrderRefusal, ReviewFocus};
use ovhcart::app::*;
use ovhcart::i18n::{Lang, tr};

fn screen(state: &State) -> String {
    snapshot::screen(state, 100, 30)
}

#[test]
fn f2_switches_the_language_on_every_step_even_in_text_fields() {
    let mut w = Wizard::new();
    w.settle();
    assert!(w.key(Key::F(2)).is_empty());
    assert_eq!(w.state.lang, Lang::Fr);
    assert!(w.state.subsidiary_screen.filter.is_empty(), "F2 is not text");
    w.confirm();
    w.settle();
    w.key(Key::F(2));
    assert_eq!((w.state.step, w.state.lang), (Step::Plan, Lang::Es));
    w.confirm();
    w.key(Key::F(2));
    assert_eq!((w.state.step, w.state.lang), (Step::Name, Lang::It));
    // In a text field `L` is a letter of the name.
    w.key(Key::Char('L'));
    assert_eq!(w.state.lang, Lang::It);
    assert!(w.state.name_field.value().ends_with('L'));
}

#[test]
fn l_switches_where_letters_are_not_text_and_wraps_around() {
    let mut w = Wizard::at_plan();
    for expected in Lang::ALL.into_iter().cycle().skip(1).take(Lang::ALL.len()) {
        w.key(Key::Char('L'));
        assert_eq!(w.state.lang, expected);
    }
    assert_eq!(w.state.lang, Lang::En, "seven presses come back to the start");
    let mut w = Wizard::at_review();
    w.key(Key::Char('L'));
    assert_eq!(w.state.lang, Lang::Fr);
}

#[test]
fn every_screen_and_the_help_offer_the_switch_in_their_footer() {
    let contexts = [
        Context::Subsidiary,
        Context::Plan,
        Context::Name,
        Context::Voucher,
        Context::Review,
        Context::OrderFollowing,
        Context::OrderDone,
        Context::Help,
    ];
    for context in contexts {
        let binding = keymap::bindings(context).iter().find(|b| b.action == Action::SwitchLanguage);
        let binding = binding.unwrap_or_else(|| panic!("{context:?} has no language key"));
        assert!(binding.keys.contains(&Key::F(2)), "{context:?}");
        assert!(!context.has_text_field() || !binding.keys.contains(&Key::Char('L')), "{context:?}: L is text");
    }
    let w = Wizard::at_review();
    assert!(keymap::footer(&w.state).iter().any(|b| b.action == Action::SwitchLanguage));
}

#[test]
fn the_header_names_the_language_in_itself() {
    let mut w = Wizard::at_review();
    assert!(screen(&w.state).contains("Language: English"));
    w.act(Action::SwitchLanguage);
    let french = screen(&w.state);
    assert!(french.contains("Langue : Français"), "{french}");
    assert!(french.contains(&tr(Lang::Fr, "step-review")));
}

#[test]
fn ticked_boxes_are_unticked_by_a_switch_and_say_why() {
    let mut w = Wizard::at_review();
    w.tick_all();
    assert!(w.state.draft.consents.waiver);
    w.act(Action::SwitchLanguage);
    assert!(!w.state.draft.consents.waiver, "consent was given to the English text");
    assert!(!w.state.ticked(ConsentBox::Contracts), "the contracts were accepted under the English text");
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ConsentsLanguageChanged));
    w.focus(ReviewFocus::PlaceOrder);
    assert!(screen(&w.state).contains("La langue a changé"), "{}", screen(&w.state));
    // Place order now refuses, as with boxes never ticked.
    w.confirm();
    assert_eq!(w.state.overlay, None);
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ContractsUnticked));
    w.tick(ConsentBox::Contracts);
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::WaiverUnticked));
}

#[test]
fn the_receipt_records_the_language_and_text_the_consent_was_given_in() {
    let mut w = Wizard::at_review_for("IT");
    w.tick_all();
    w.act(Action::SwitchLanguage);
    w.act(Action::SwitchLanguage);
    assert_eq!(w.state.lang, Lang::Es);
    w.tick_all();
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder));
    // The confirmation has no language key: the text just agreed to stays on screen.
    assert!(keymap::binding_for(keymap::context(&w.state), Key::F(2)).is_none());
    w.act(Action::SwitchLanguage);
    w.confirm();
    assert_eq!(w.state.order, OrderState::Placing);
    // Nor while the order is being placed, even from the help.
    w.act(Action::SwitchLanguage);
    w.act(Action::Help);
    assert_eq!(w.state.overlay, Some(Overlay::Help));
    assert!(!keymap::is_available(&w.state, Action::SwitchLanguage));
    w.act(Action::SwitchLanguage);
    w.act(Action::Close);
    assert_eq!(w.state.lang, Lang::Es);
    let checkout = w.take(|e| matches!(e, Effect::Checkout { .. }));
    let Effect::Checkout { receipt, .. } = &checkout else { unreachable!() };
    for consent in [Some(&receipt.waiver), receipt.contracts.as_ref(), receipt.italian_clauses.as_ref()] {
        let consent = consent.expect("every consent the order needs");
        assert!(consent.given);
        assert_eq!(consent.language, "es");
    }
    assert_eq!(receipt.waiver.text, tr(Lang::Es, "waiver-text"));
    assert_eq!(receipt.contracts.as_ref().unwrap().text, tr(Lang::Es, "contracts-text"));
    let clauses = &receipt.italian_clauses.as_ref().unwrap().text;
    assert_eq!(
        *clauses,
        format!(
            "{}\n{} {}",
            tr(Lang::It, "clauses-text"),
            tr(Lang::Es, "clauses-translation"),
            tr(Lang::Es, "clauses-text")
        )
    );
    w.send(success(&checkout).unwrap());
    // Once placed, the language may change again: the receipt is already written.
    w.act(Action::SwitchLanguage);
    assert_eq!(w.state.lang, Lang::It);
}
