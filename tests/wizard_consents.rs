//! The review's consent boxes (issue 14): the contracts' acceptance, for the `IT` subsidiary
//! the specific approval of clauses (art. 1341 and 1342 of the Italian Civil Code), and the
//! withdrawal waiver, driven through `update` alone. Each rule for every box: never
//! pre-ticked, ticked only by Space or a click on its row (never by Enter, never while the
//! screen cannot show it), unticked when what it agrees to changes, required to order.

mod common;

use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::api::models::Order;
use ovhcart::app::consent::ConsentBox;
use ovhcart::app::keymap::{self, Action};
use ovhcart::app::screens::{OrderRefusal, ReviewFocus};
use ovhcart::app::*;

/// The boxes an order from `code` needs, top to bottom.
fn required(code: &str) -> Vec<ConsentBox> {
    match code {
        "IT" => vec![ConsentBox::Contracts, ConsentBox::ItalianClauses, ConsentBox::Waiver],
        _ => vec![ConsentBox::Contracts, ConsentBox::Waiver],
    }
}

fn ticked(w: &Wizard) -> Vec<ConsentBox> {
    ConsentBox::ALL.into_iter().filter(|c| w.state.ticked(*c)).collect()
}

/// Answers what is pending as a healthy API would, the quote with `quote`.
fn settle_with_quote(w: &mut Wizard, quote: &Order) {
    while !w.pending.is_empty() {
        match w.pending.remove(0) {
            Effect::LoadQuote { req, .. } => {
                w.send(Msg::QuoteLoaded { req, result: Ok(quote.clone()) });
            }
            effect => {
                if let Some(msg) = success(&effect) {
                    w.send(msg);
                }
            }
        }
    }
}

/// Back to the voucher step, a voucher attached, and the review again: the quote is loaded
/// again, answered with `quote`.
fn quote_again(w: &mut Wizard, quote: &Order) {
    w.act(Action::Back);
    assert_eq!(w.state.step, Step::Voucher);
    w.set_text("WELCOME50");
    w.confirm();
    settle_with_quote(w, quote);
    assert_eq!(w.state.step, Step::Review);
}

#[test]
fn no_box_is_ever_pre_ticked_and_italy_has_one_more() {
    for code in ["FR", "IT"] {
        let w = Wizard::at_review_for(code);
        assert!(ticked(&w).is_empty(), "{code}: {:?}", ticked(&w));
        assert_eq!(w.state.missing_consent(), Some(ConsentBox::Contracts), "{code}");
        for consent in ConsentBox::ALL {
            let wanted = required(code).contains(&consent);
            assert_eq!(w.state.requires(consent), wanted, "{code}: {consent:?}");
            assert_eq!(w.state.shows_consent(consent), wanted, "{code}: {consent:?} shown");
        }
    }
    // Elsewhere the clauses' box is not there to focus or tick.
    let mut w = Wizard::at_review();
    w.send(Msg::Focus(Focus::Review(ReviewFocus::ItalianClauses)));
    assert_ne!(w.state.review.focus, ReviewFocus::ItalianClauses);
    w.send(Msg::Click(Click::Review(ReviewFocus::ItalianClauses)));
    assert!(!w.state.draft.consents.italian_clauses);
}

#[test]
fn the_boxes_follow_the_contracts_top_to_bottom() {
    let mut w = Wizard::at_review_for("IT");
    let contracts = w.state.quote().unwrap().contracts.len();
    w.focus(ReviewFocus::Contract(contracts - 1));
    w.act(Action::FocusNext);
    assert_eq!(w.state.review.focus, ReviewFocus::AcceptContracts);
    w.act(Action::FocusNext);
    assert_eq!(w.state.review.focus, ReviewFocus::ItalianClauses);
    w.act(Action::FocusNext);
    assert_eq!(w.state.review.focus, ReviewFocus::AutoPay);
    w.act(Action::FocusNext);
    assert_eq!(w.state.review.focus, ReviewFocus::Waiver);
}

#[test]
fn the_order_needs_every_box_ticked_one_by_one() {
    for code in ["FR", "IT"] {
        let mut w = Wizard::at_review_for(code);
        for consent in required(code) {
            w.focus(ReviewFocus::PlaceOrder);
            assert!(w.confirm().is_empty());
            assert_eq!(w.state.review.refusal, Some(consent.unticked()), "{code}");
            assert_eq!(w.state.overlay, None, "{code}: no confirmation with {consent:?} unticked");
            w.tick(consent);
            assert_eq!(w.state.review.refusal, None, "ticking clears the refusal");
        }
        w.focus(ReviewFocus::PlaceOrder);
        w.confirm();
        assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder), "{code}");
        w.confirm();
        assert_eq!(w.state.order, OrderState::Placing, "{code}");
        assert!(w.pending.iter().any(|e| matches!(e, Effect::Checkout { .. })));
    }
}

#[test]
fn the_confirmation_itself_checks_every_box_again() {
    for code in ["FR", "IT"] {
        for unticked in required(code) {
            let mut w = Wizard::at_review_for(code);
            w.tick_all();
            w.focus(ReviewFocus::PlaceOrder);
            w.confirm();
            assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder));
            // Unticked behind the question (no key reaches the review from there): the
            // confirmation still places nothing.
            w.state.overlay = None;
            w.focus(unticked.focus());
            w.act(Action::Toggle);
            assert!(!w.state.ticked(unticked));
            w.state.overlay = Some(Overlay::ConfirmOrder);
            let effects = w.confirm();
            assert!(effects.is_empty(), "{code} without {unticked:?}: {effects:?}");
            assert_eq!(w.state.order, OrderState::NotPlaced);
        }
    }
}

#[test]
fn enter_never_ticks_a_box_space_and_a_click_do() {
    for consent in required("IT") {
        let mut w = Wizard::at_review_for("IT");
        w.focus(consent.focus());
        for _ in 0..3 {
            assert!(w.enter().is_empty());
            assert!(!w.state.ticked(consent), "Enter ticked {consent:?}");
        }
        for key in [Key::Char('y'), Key::Char('x'), Key::Tab, Key::BackTab, Key::Esc] {
            let mut w = Wizard::at_review_for("IT");
            w.focus(consent.focus());
            w.key(key);
            w.send(Msg::Paste("yes".into()));
            assert!(!w.state.ticked(consent), "{key:?} ticked {consent:?}");
        }
        let footer: Vec<Action> = keymap::footer(&w.state).iter().map(|b| b.action).collect();
        assert!(footer.contains(&Action::Toggle) && !footer.contains(&Action::Confirm), "{consent:?}: {footer:?}");
        w.key(Key::Char(' '));
        assert!(w.state.ticked(consent), "Space ticks {consent:?}");
        w.enter();
        assert!(w.state.ticked(consent), "Enter unticked {consent:?}");
        w.key(Key::Char(' '));
        assert!(!w.state.ticked(consent), "Space unticks {consent:?}");
        // A click on the box's own row ticks it, from anywhere.
        w.focus(ReviewFocus::PlaceOrder);
        w.send(Msg::Click(Click::Review(consent.focus())));
        assert!(w.state.ticked(consent), "a click ticks {consent:?}");
        assert_eq!(w.state.review.focus, consent.focus());
    }
}

#[test]
fn a_box_on_no_box_row_or_on_another_box_is_not_ticked() {
    for consent in required("IT") {
        let mut w = Wizard::at_review_for("IT");
        let others = [ReviewFocus::Contract(0), ReviewFocus::AutoPay, ReviewFocus::PlaceOrder]
            .into_iter()
            .chain(required("IT").into_iter().filter(|c| *c != consent).map(ConsentBox::focus));
        for focus in others {
            w.focus(focus);
            w.act(Action::Toggle);
            w.send(Msg::Click(Click::Review(focus)));
            w.state.overlay = None;
            assert!(!w.state.ticked(consent), "{focus:?} ticked {consent:?}");
        }
    }
}

#[test]
fn nothing_is_ticked_while_the_screen_cannot_show_it() {
    for consent in required("IT") {
        let mut w = Wizard::at_review_for("IT");
        w.focus(consent.focus());
        w.send(Msg::Resize { w: MIN_WIDTH - 1, h: MIN_HEIGHT });
        w.act(Action::Toggle);
        w.key(Key::Char(' '));
        w.send(Msg::Click(Click::Review(consent.focus())));
        assert!(!w.state.ticked(consent), "{consent:?} ticked on a screen too small to show it");
        w.send(Msg::Resize { w: MIN_WIDTH, h: MIN_HEIGHT });
        w.act(Action::Toggle);
        assert!(w.state.ticked(consent), "{consent:?} at the smallest size the review is drawn");
    }
}

#[test]
fn the_contracts_box_waits_for_the_quote() {
    let mut w = Wizard::at_review();
    w.state.pipeline.quote = Remote::Loading;
    assert!(!w.state.shows_consent(ConsentBox::Contracts));
    w.send(Msg::Focus(Focus::Review(ReviewFocus::AcceptContracts)));
    w.act(Action::Toggle);
    w.send(Msg::Click(Click::Review(ReviewFocus::AcceptContracts)));
    assert_eq!(w.state.draft.consents.contracts, None, "no contracts to accept yet");
}

#[test]
fn every_box_is_unticked_by_another_language() {
    let mut w = Wizard::at_review_for("IT");
    w.tick_all();
    w.act(Action::SwitchLanguage);
    assert!(ticked(&w).is_empty(), "{:?}", ticked(&w));
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ConsentsLanguageChanged));
    w.tick_all();
    assert_eq!(ticked(&w), required("IT"));
}

#[test]
fn every_box_is_unticked_by_another_subsidiary_or_plan() {
    let mut w = Wizard::at_review_for("IT");
    w.tick_all();
    w.acts(&[Action::Back; 4]);
    assert_eq!(w.state.step, Step::Subsidiary);
    w.choose_subsidiary("FR");
    assert!(ticked(&w).is_empty(), "{:?}", ticked(&w));
    assert_eq!(w.state.draft.consents, Default::default());

    let mut w = Wizard::at_review();
    w.tick_all();
    w.acts(&[Action::Back; 3]);
    assert_eq!(w.state.step, Step::Plan);
    // The discovery offer has no renew price in the fixture: give it one.
    if let Remote::Ready(cart) = &mut w.state.pipeline.cart {
        cart.offers[1].prices[0].capacities = vec!["renew".into()];
    }
    w.act(Action::Down);
    w.confirm();
    assert_eq!(w.state.draft.consents, Default::default(), "another plan, another order");
    w.acts(&[Action::Confirm; 2]);
    w.settle();
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ConsentsOrderChanged), "said on coming back");
    w.tick(ConsentBox::Waiver);
    assert_eq!(w.state.review.refusal, None, "until a box is ticked again");
}

#[test]
fn a_change_that_unticked_nothing_says_nothing() {
    let mut w = Wizard::at_review_for("IT");
    w.acts(&[Action::Back; 4]);
    w.choose_subsidiary("FR");
    w.settle();
    w.acts(&[Action::Confirm; 3]);
    w.settle();
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(w.state.review.refusal, None, "no box was ticked");
}

#[test]
fn the_same_choices_keep_the_boxes() {
    let mut w = Wizard::at_review_for("IT");
    w.tick_all();
    w.acts(&[Action::Back; 4]);
    w.acts(&[Action::Confirm; 4]);
    w.settle();
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(ticked(&w), required("IT"), "nothing changed: the same order");
    assert_eq!(w.state.review.refusal, None, "nothing to say");
}

#[test]
fn other_contracts_untick_their_box_and_the_clauses_and_say_why() {
    let mut w = Wizard::at_review_for("IT");
    w.tick_all();
    // The same contracts again (another quote, a voucher attached): still accepted.
    quote_again(&mut w, &quote(true));
    assert_eq!(ticked(&w), required("IT"));

    let mut other = quote(true);
    other.contracts.push(contract("Healthcare Data Hosting Conditions", "https://example.test/hds.pdf", 3));
    w.act(Action::Back);
    w.set_text("");
    w.confirm();
    settle_with_quote(&mut w, &other);
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(ticked(&w), [ConsentBox::Waiver], "the contracts accepted are not these");
    assert_eq!(w.state.draft.consents.contracts, None);
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ContractsChanged));
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::ContractsUnticked));
    w.tick(ConsentBox::Contracts);
    assert_eq!(w.state.draft.consents.contracts.as_ref(), Some(&other.contracts), "accepted as listed now");
}

#[test]
fn a_contract_text_changed_under_the_same_name_is_another_contract() {
    let mut w = Wizard::at_review();
    w.tick(ConsentBox::Contracts);
    let mut other = quote(true);
    other.contracts[0].content.push_str("\nArticle 41. A new article.");
    quote_again(&mut w, &other);
    assert!(!w.state.ticked(ConsentBox::Contracts));
}

#[test]
fn no_box_survives_a_checkout_proven_not_placed() {
    let mut w = Wizard::checkout_answer_lost();
    w.act(Action::Recheck);
    let Effect::RecheckOrder { req, .. } = w.take(|e| matches!(e, Effect::RecheckOrder { .. })) else { unreachable!() };
    w.send(Msg::OrderRechecked { req, result: Recheck::NotOrdered });
    assert_eq!(w.state.step, Step::Review);
    assert!(ticked(&w).is_empty(), "{:?}", ticked(&w));
}

#[test]
fn the_checkout_carries_every_consent_exactly_as_shown() {
    for code in ["FR", "IT"] {
        let mut w = Wizard::at_review_for(code);
        w.tick_all();
        w.focus(ReviewFocus::PlaceOrder);
        w.confirm();
        w.confirm();
        let Effect::Checkout { receipt, waive_retraction, .. } = w.take(|e| matches!(e, Effect::Checkout { .. }))
        else {
            unreachable!()
        };
        assert!(waive_retraction);
        let contracts = receipt.contracts.expect("the contracts' acceptance");
        assert!(contracts.given && receipt.waiver.given);
        assert_eq!(contracts.text, ConsentBox::Contracts.text(w.state.lang));
        let listed: Vec<_> =
            w.state.quote().unwrap().contracts.iter().map(|c| (c.name.clone(), c.url.clone())).collect();
        let recorded: Vec<_> = contracts.documents.iter().map(|d| (d.name.clone(), d.url.clone())).collect();
        assert_eq!(recorded, listed, "each contract as the review listed it");
        // How and when are the front end's: the engine adds them.
        assert_eq!((contracts.via.as_str(), contracts.given_at.as_str()), ("", ""));
        match code {
            "IT" => {
                let clauses = receipt.italian_clauses.expect("the clauses' approval");
                assert!(clauses.given && clauses.documents.is_empty());
                assert_eq!(clauses.text, ConsentBox::ItalianClauses.text(w.state.lang));
                assert_eq!(clauses.text.lines().count(), 2, "in Italian, then in English");
            }
            _ => assert_eq!(receipt.italian_clauses, None),
        }
    }
}
