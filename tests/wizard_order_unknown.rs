//! A checkout whose outcome is unknown, through `update` alone: one honest state ("the
//! order may have been placed"), checking again, and what each answer leads to; the same
//! state for a cart the browser knows from the journal.

mod common;

use common::carts::*;
use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::api::error::{ErrorKind, Outcome};
use ovhcart::app::carts::{CartRefusal, CartsPage};
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::screens::ReviewFocus;
use ovhcart::app::state::MaybePlaced;
use ovhcart::app::*;

fn maybe(w: &Wizard) -> &MaybePlaced {
    w.state.maybe_placed().unwrap_or_else(|| panic!("not in the unknown state: {:?}", w.state.order))
}

fn recheck_req(w: &mut Wizard) -> (u64, String) {
    match w.take(|e| matches!(e, Effect::RecheckOrder { .. })) {
        Effect::RecheckOrder { req, cart_id } => (req, cart_id),
        _ => unreachable!(),
    }
}

fn gateway_timeout() -> ovhcart::api::ApiError {
    api_error(ErrorKind::ServerUnavailable, Outcome::Unknown, "Gateway timeout")
}

#[test]
fn a_lost_checkout_answer_is_its_own_state_with_the_cart_and_no_way_to_order_again() {
    let mut w = Wizard::checkout_answer_lost();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    assert_eq!(w.state.step, Step::Order);
    assert_eq!(w.state.overlay, None, "the screen itself says it: no error window");
    let m = maybe(&w);
    assert_eq!(m.cart_id, cart_id);
    assert!(!m.checking && m.earlier_run.is_none());
    assert_eq!(m.error.as_ref().unwrap().outcome, Outcome::Unknown);
    assert_eq!(keymap::context(&w.state), Context::OrderUnknown);
    assert!(!keymap::is_available(&w.state, Action::Retry), "nothing offers to send it again");
    assert!(!keymap::is_available(&w.state, Action::Back), "no way back to ordering from this run");
    assert!(!keymap::is_available(&w.state, Action::SwitchLanguage), "the receipt's language stays the one shown");
    assert!(!w.state.has_open_cart(), "never offered for deletion");
    for key in [Key::Esc, Key::Enter, Key::Char(' '), Key::Char('y'), Key::F(2), Key::Ctrl('r')] {
        let effects = w.key(key);
        assert!(effects.iter().all(|e| !matches!(e, Effect::Checkout { .. } | Effect::DeleteCart { .. })), "{key:?}");
        assert_eq!(w.state.step, Step::Order);
    }
    assert!(w.state.maybe_placed().is_some());
}

#[test]
fn r_checks_again_once_at_a_time_and_never_sends_a_checkout() {
    let mut w = Wizard::checkout_answer_lost();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    let effects = w.key(Key::Char('r'));
    assert!(matches!(&effects[..], [Effect::RecheckOrder { cart_id: c, .. }] if *c == cart_id), "{effects:?}");
    assert!(maybe(&w).checking && w.state.is_busy());
    assert!(!keymap::is_available(&w.state, Action::Recheck));
    assert!(w.key(Key::Char('r')).is_empty(), "one check at a time");
    assert_eq!(w.pending.iter().filter(|e| matches!(e, Effect::Checkout { .. })).count(), 0);
}

#[test]
fn still_unknown_stays_with_the_new_reason() {
    let mut w = Wizard::checkout_answer_lost();
    w.act(Action::Recheck);
    let (req, _) = recheck_req(&mut w);
    w.send(Msg::OrderRechecked { req, result: Recheck::StillUnknown(gateway_timeout()) });
    let m = maybe(&w);
    assert!(!m.checking);
    assert_eq!(m.error.as_ref().unwrap().message, "Gateway timeout");
    assert!(keymap::is_available(&w.state, Action::Recheck), "it can be checked again");
    let effects = w.act(Action::Recheck);
    assert!(matches!(&effects[..], [Effect::RecheckOrder { .. }]));
}

#[test]
fn a_late_answer_to_an_old_check_is_dropped() {
    let mut w = Wizard::checkout_answer_lost();
    w.act(Action::Recheck);
    let (req, _) = recheck_req(&mut w);
    w.send(Msg::OrderRechecked { req: req + 100, result: Recheck::NotOrdered });
    assert!(maybe(&w).checking, "not the awaited answer");
    w.send(Msg::OrderRechecked { req, result: Recheck::NotOrdered });
    w.send(Msg::OrderRechecked { req, result: Recheck::Found(placed()) });
    assert_eq!(w.state.order, OrderState::NotPlaced, "an answer counts once");
}

#[test]
fn a_found_order_continues_exactly_as_after_a_checkout_answer() {
    let mut w = Wizard::checkout_answer_lost();
    w.act(Action::Recheck);
    let (req, _) = recheck_req(&mut w);
    let found = PlacedOrder { reconciled: true, ..placed() };
    let effects = w.send(Msg::OrderRechecked { req, result: Recheck::Found(found.clone()) });
    let OrderState::Placed(state) = &w.state.order else { panic!("{:?}", w.state.order) };
    assert_eq!(state.order, found);
    assert_eq!(w.state.step, Step::Order);
    assert!(matches!(&effects[..], [Effect::FollowOrder { order_id, .. }] if *order_id == found.order_id));
    assert_eq!(keymap::context(&w.state), Context::OrderFollowing);
    // The executor wrote the receipt from the journal (the consent as given on the review).
    w.send(Msg::ReceiptWritten(Ok("/data/receipts/order-123456789.json".into())));
    let OrderState::Placed(state) = &w.state.order else { panic!("{:?}", w.state.order) };
    assert_eq!(state.receipt, Some(Ok("/data/receipts/order-123456789.json".into())));
}

#[test]
fn a_cart_proven_not_ordered_goes_back_to_the_review_with_the_waiver_unticked() {
    let mut w = Wizard::checkout_answer_lost();
    w.act(Action::Recheck);
    let (req, _) = recheck_req(&mut w);
    assert!(w.send(Msg::OrderRechecked { req, result: Recheck::NotOrdered }).is_empty());
    assert_eq!((w.state.step, &w.state.order), (Step::Review, &OrderState::NotPlaced));
    assert!(!w.state.draft.consents.waiver, "consent is given again");
    assert!(w.state.has_open_cart());
    // Ordering again takes the whole consent again: the box ticked, the button, the confirmation.
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.overlay, None, "refused: the boxes are unticked");
    w.tick_all();
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::Checkout { waive_retraction: true, .. }]));
}

#[test]
fn ctrl_c_in_the_unknown_state_quits_without_offering_to_delete_the_cart() {
    let mut w = Wizard::checkout_answer_lost();
    let effects = w.key(Key::Ctrl('c'));
    assert_eq!(effects, vec![Effect::Quit { code: 130 }]);
    assert_eq!(w.state.overlay, None);
}

#[test]
fn ctrl_c_while_the_checkout_is_on_its_way_does_not_offer_to_delete_the_cart() {
    let mut w = Wizard::placing();
    w.confirm();
    assert_eq!(w.state.order, OrderState::Placing);
    let effects = w.key(Key::Ctrl('c'));
    assert_eq!(effects, vec![Effect::Quit { code: 130 }]);
}

// ---- the cart browser ------------------------------------------------------------------------

fn unknown_cart() -> ovhcart::app::carts::CartSummary {
    let mut cart = summary("lost-9", "ovhcart 2026-11-20T18:00Z", 1, false, false);
    cart.checkout_unknown = true;
    cart
}

/// On the plan step, the browser listing an earlier run's cart of unknown outcome first.
fn browsing_unknown() -> Wizard {
    let mut carts = vec![unknown_cart()];
    carts.extend(several());
    browsing(carts)
}

#[test]
fn opening_a_cart_of_unknown_outcome_checks_it() {
    let mut w = browsing_unknown();
    let effects = w.confirm();
    assert!(
        matches!(&effects[..], [Effect::RecheckOrder { cart_id, .. }] if cart_id == "lost-9"),
        "no detail page first, the check itself: {effects:?}"
    );
    assert_eq!((w.state.browser.page, w.state.step), (None, Step::Order));
    let m = maybe(&w);
    assert_eq!((m.cart_id.as_str(), m.checking, m.earlier_run), ("lost-9", true, Some(Step::Plan)));
    assert!(m.error.is_none());
    assert_eq!(keymap::context(&w.state), Context::OrderUnknown);
}

#[test]
fn a_cart_of_unknown_outcome_cannot_be_deleted_before_it_is_checked() {
    let mut w = browsing_unknown();
    assert!(!keymap::is_available(&w.state, Action::Delete));
    assert!(w.act(Action::Delete).is_empty());
    assert_eq!(w.state.overlay, None);
    w.act(Action::Down);
    assert!(keymap::is_available(&w.state, Action::Delete), "an ordinary cart can be");
}

#[test]
fn an_earlier_runs_cart_not_ordered_is_shown_in_the_browser_to_resume() {
    let mut w = browsing_unknown();
    w.confirm();
    let (req, _) = recheck_req(&mut w);
    let effects = w.send(Msg::OrderRechecked { req, result: Recheck::NotOrdered });
    assert!(matches!(&effects[..], [Effect::LoadCart { cart_id, .. }] if cart_id == "lost-9"), "{effects:?}");
    assert_eq!(w.state.browser.page, Some(CartsPage::Detail));
    assert_eq!((w.state.step, &w.state.order), (Step::Plan, &OrderState::NotPlaced), "the wizard as it was");
}

#[test]
fn an_earlier_runs_order_found_is_followed_as_this_runs_would_be() {
    let mut w = browsing_unknown();
    w.confirm();
    let (req, _) = recheck_req(&mut w);
    let effects = w.send(Msg::OrderRechecked { req, result: Recheck::Found(placed()) });
    assert!(matches!(&effects[..], [Effect::FollowOrder { .. }]), "{effects:?}");
    let OrderState::Placed(state) = &w.state.order else { panic!("{:?}", w.state.order) };
    assert_eq!(state.receipt, None, "its receipt, written from that run's journal, comes next");
}

#[test]
fn an_earlier_runs_unknown_cart_can_be_left_with_esc() {
    let mut w = browsing_unknown();
    w.confirm();
    let (req, _) = recheck_req(&mut w);
    w.send(Msg::OrderRechecked { req, result: Recheck::StillUnknown(gateway_timeout()) });
    assert!(keymap::is_available(&w.state, Action::Back));
    w.key(Key::Esc);
    assert_eq!((w.state.step, &w.state.order), (Step::Plan, &OrderState::NotPlaced));
}

#[test]
fn the_check_is_refused_when_this_session_has_its_own_order() {
    let (mut w, _) = Wizard::following();
    w.act(Action::Carts);
    let req = list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Ok(vec![unknown_cart()]) });
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.browser.refusal, Some(CartRefusal::OrderPlaced));
    assert!(matches!(w.state.order, OrderState::Placed(_)));
}

#[test]
fn opening_this_runs_own_unknown_cart_from_the_browser_checks_it_again() {
    let mut w = Wizard::checkout_answer_lost();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    w.act(Action::Carts);
    let req = list_req(&mut w);
    let mut mine = summary(&cart_id, "ovhcart 2026-11-21T09:30Z", 1, false, false);
    mine.checkout_unknown = true;
    w.send(Msg::CartsListed { req, result: Ok(vec![mine]) });
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::RecheckOrder { cart_id: c, .. }] if *c == cart_id));
    assert!(maybe(&w).earlier_run.is_none(), "still this run's own checkout");
    assert_eq!((w.state.browser.page, w.state.step), (None, Step::Order));
}

#[test]
fn nothing_acts_on_the_unknown_state_while_the_screen_is_too_small() {
    let mut w = Wizard::checkout_answer_lost();
    w.send(Msg::Resize { w: 40, h: 10 });
    assert!(w.key(Key::Char('r')).is_empty());
    assert!(!maybe(&w).checking);
}
