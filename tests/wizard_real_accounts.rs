//! What real first-time accounts meet, through `update` alone: an account that must act in
//! the Control Panel first is told before it names its project and cannot place the order;
//! a checkout refused for eligibility says the same; a voucher that needs a missing payment
//! method is refused at the voucher step; an order held or refused by OVHcloud ends the
//! following with its own state.

mod common;

use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::api::error::{ErrorKind, Outcome};
use ovhcart::api::models::{Eligibility, Held, VoucherEligibility};
use ovhcart::app::keymap::Action;
use ovhcart::app::screens::{OrderRefusal, ReviewFocus};
use ovhcart::app::state::Stopped;
use ovhcart::app::*;

#[test]
fn an_account_that_must_act_is_told_and_cannot_place_the_order() {
    let mut w = Wizard::must_act(&["challengePaymentMethod"]);
    let (actions, panel) = w.state.eligibility_block().expect("blocked");
    assert_eq!((actions, panel), (&["challengePaymentMethod".to_owned()][..], "https://www.ovh.com/manager/"));
    w.choose_subsidiary("FR");
    w.settle();
    w.acts(&[Action::Confirm; 3]);
    w.settle();
    assert_eq!(w.state.step, Step::Review);
    w.focus(ReviewFocus::Waiver);
    w.act(Action::Toggle);
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::AccountMustAct));
    assert_eq!(w.state.overlay, None, "no confirmation is asked");
    let effects = w.key(Key::Char('y'));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Checkout { .. })), "{effects:?}");
    assert_eq!(w.state.order, OrderState::NotPlaced);
}

#[test]
fn an_account_with_nothing_to_do_orders_as_before() {
    let w = Wizard::must_act(&[]);
    assert_eq!(w.state.eligibility_block(), None);
}

#[test]
fn a_checkout_refused_for_eligibility_blocks_with_the_same_explanation() {
    let refused =
        api_error(ErrorKind::BadRequest, Outcome::NotApplied, "Found eligibility issues: challengePaymentMethod");
    let w = Wizard::checkout_failed(refused);
    assert_eq!((w.state.step, &w.state.order), (Step::Review, &OrderState::NotPlaced));
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::AccountMustAct));
    assert_eq!(w.state.overlay, None, "no error window: the review says it");
    let (actions, _) = w.state.eligibility_block().expect("blocked");
    assert_eq!(actions, ["challengePaymentMethod".to_owned()]);
}

#[test]
fn a_voucher_needing_a_missing_payment_method_is_refused_at_the_voucher_step() {
    let mut w = Wizard::at_voucher();
    w.set_text("cloud200");
    w.confirm();
    let eligibility = Eligibility {
        actions_required: Some(vec!["addPaymentMethod".into()]),
        voucher: Some(VoucherEligibility { credit: price("200.00 €", 200.0), payment_method_required: true }),
        ..Eligibility::default()
    };
    w.answer(
        |e| matches!(e, Effect::CheckVoucher { .. }),
        |req| Msg::VoucherChecked { req, code: "CLOUD200".into(), result: Ok(eligibility) },
    );
    assert_eq!(w.state.step, Step::Voucher, "not accepted");
    let refusal = w.state.voucher_screen.refusal.as_ref().expect("refused");
    assert_eq!(refusal.code, "CLOUD200", "the code as sent, upper-cased");
    assert!(refusal.message.contains("payment method"), "{}", refusal.message);
    assert_eq!(w.state.draft.voucher, None);
}

#[test]
fn an_order_held_or_refused_stops_following_with_its_own_state() {
    let held = Stopped::Held { held: Held::FraudReview, control_panel: "https://www.ovh.com/manager/".into() };
    let refusal = api_error(ErrorKind::Forbidden, Outcome::NotApplied, "Order refused (error 906)");
    let refused = Stopped::Refused { error: refusal, control_panel: "https://www.ovh.com/manager/".into() };
    for stopped in [held, refused] {
        let (mut w, req) = Wizard::following();
        assert!(w.state.is_following());
        w.send(Msg::FollowStopped { req: req + 1, stopped: stopped.clone() });
        assert!(w.state.is_following(), "a stale answer is dropped");
        w.send(Msg::FollowStopped { req, stopped: stopped.clone() });
        assert!(!w.state.is_following() && !w.state.is_busy());
        let OrderState::Placed(placed) = &w.state.order else { panic!("{:?}", w.state.order) };
        assert_eq!(placed.stopped, Some(stopped));
    }
}

#[test]
fn a_retry_is_said_on_the_status_line_until_the_next_answer() {
    let mut w = Wizard::new();
    assert!(w.state.is_busy(), "the account is loading");
    w.send(Msg::Retrying { attempt: 2 });
    assert_eq!(w.state.retrying, Some(2));
    w.send(Msg::Retrying { attempt: 3 });
    assert_eq!(w.state.retrying, Some(3));
    w.settle();
    assert_eq!(w.state.retrying, None, "an answer came");
}
