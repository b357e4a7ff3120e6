//! The step sequence and intents, through `update` alone: `Act(Confirm)` and `Act(Back)`
//! walk the steps in the order `Step::ALL` defines, a key does exactly what the intent it
//! is bound to does, and an intent acts only where the keymap binds it, never blind, never
//! ticking a box it only focuses.

mod common;

use common::carts::*;
use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::screens::{OrderRefusal, ReviewFocus, ReviewScreen};
use ovhcart::app::*;

/// The first step, with the account and the cart list answered.
fn at_subsidiary() -> Wizard {
    let mut w = Wizard::new();
    w.settle();
    w
}

/// A wizard somewhere in every context of the wizard's own screens and overlays.
fn everywhere() -> Vec<(&'static str, Wizard)> {
    let mut places = vec![("subsidiary", at_subsidiary()), ("plan", Wizard::at_plan())];
    let mut name = Wizard::at_plan();
    name.confirm();
    name.settle();
    places.push(("name", name));
    places.push(("voucher", Wizard::at_voucher()));
    let mut code = Wizard::at_voucher();
    code.set_text("WELCOME50");
    places.push(("voucher with a code", code));
    places.push(("voucher refused", Wizard::voucher_refused()));
    for focus in [
        ReviewFocus::Contract(1),
        ReviewFocus::AcceptContracts,
        ReviewFocus::AutoPay,
        ReviewFocus::Waiver,
        ReviewFocus::PlaceOrder,
    ] {
        let mut w = Wizard::at_review();
        w.focus(focus);
        places.push(("review", w));
    }
    let mut italy = Wizard::at_review_for("IT");
    italy.focus(ReviewFocus::ItalianClauses);
    places.push(("review, Italian clauses", italy));
    let mut ticked = Wizard::at_review();
    ticked.focus(ReviewFocus::Waiver);
    ticked.act(Action::Toggle);
    places.push(("review, waiver ticked", ticked));
    places.push(("confirm order", Wizard::placing()));
    let mut placing = Wizard::placing();
    placing.confirm();
    places.push(("order placing", placing));
    places.push(("order following", Wizard::following().0));
    let (mut done, req) = Wizard::following();
    done.send(Msg::ProjectDelivered { req, project_id: "0123456789ab4cdef0123456789abcde".into() });
    places.push(("order done", done));
    places.push(("error", Wizard::checkout_failed(server_down())));
    let mut failed = Wizard::checkout_failed(server_down());
    failed.act(Action::Close);
    places.push(("order failed", failed));
    places.push(("order unknown", Wizard::checkout_answer_lost()));
    let mut contract = Wizard::at_review();
    contract.focus(ReviewFocus::Contract(0));
    contract.confirm();
    places.push(("contract", contract));
    let mut help = Wizard::at_plan();
    help.act(Action::Help);
    places.push(("help", help));
    let mut quit = Wizard::at_plan();
    quit.act(Action::Quit);
    places.push(("confirm quit", quit));
    places.push(("carts", browsing(several())));
    places.push(("cart detail", viewing(detail())));
    let mut delete = browsing(several());
    delete.act(Action::Delete);
    places.push(("confirm delete", delete));
    places
}

#[test]
fn every_context_of_the_keymap_is_reached() {
    let wizard = everywhere().into_iter().map(|(_, w)| w.state);
    let contexts: Vec<Context> = wizard
        .chain(onboarding_pages().into_iter().map(|(_, state)| state))
        .map(|state| keymap::context(&state))
        .collect();
    for context in Context::ALL {
        assert!(contexts.contains(&context), "{context:?} not reached");
    }
}

/// The onboarding pages, before the wizard.
fn onboarding_pages() -> Vec<(&'static str, State)> {
    use common::onboarding as page;
    let mut keys = page::onboarding(true);
    page::act(&mut keys, Action::Confirm);
    let mut help = page::onboarding(false);
    page::act(&mut help, Action::Help);
    vec![
        ("endpoint", page::onboarding(false)),
        ("keys", keys),
        ("keys typed", page::keys_typed()),
        ("help over onboarding", help),
        ("requested", page::requested().0),
        ("waiting", page::waiting().0),
        ("saved", page::saved(Ok("/home/ada/.ovh.conf".into()))),
        ("save failed", page::saved(Err("read-only file system".into()))),
    ]
}

#[test]
fn every_bound_key_does_exactly_what_its_intent_does() {
    let wizard = everywhere().into_iter().map(|(place, w)| (place, w.state));
    for (place, state) in wizard.chain(onboarding_pages()) {
        let w = Wizard { state, pending: Vec::new(), unanswered: Vec::new() };
        let context = keymap::context(&w.state);
        for binding in keymap::bindings(context) {
            for key in binding.keys {
                let (mut by_key, mut by_intent) = (w.state.clone(), w.state.clone());
                let key_effects = update(&mut by_key, Msg::Key(*key));
                let intent_effects = update(&mut by_intent, Msg::Act(binding.action));
                assert_eq!(key_effects, intent_effects, "{place}: {key:?} and Act({:?})", binding.action);
                assert_eq!(by_key, by_intent, "{place}: {key:?} and Act({:?})", binding.action);
            }
        }
    }
}

#[test]
fn confirm_on_each_step_does_what_enter_does_and_leads_to_the_next_step() {
    let mut by_key = at_subsidiary();
    let mut by_intent = at_subsidiary();
    for step in [Step::Subsidiary, Step::Plan, Step::Name, Step::Voucher] {
        assert_eq!(by_intent.state.step, step);
        let key_effects = by_key.enter();
        let intent_effects = by_intent.confirm();
        assert_eq!(key_effects, intent_effects, "{step:?}");
        assert_eq!(by_key.state, by_intent.state, "{step:?}");
        assert_eq!(Some(by_intent.state.step), step.next(), "{step:?} leads to the next step");
        by_key.settle();
        by_intent.settle();
    }
    assert_eq!(by_intent.state.step, Step::Review);
    // On the review, Confirm on the button asks (the confirmation), as Enter does.
    by_intent.tick_all();
    by_intent.focus(ReviewFocus::PlaceOrder);
    by_intent.confirm();
    assert_eq!(by_intent.state.overlay, Some(Overlay::ConfirmOrder));
    // `y` there is Confirm: the order step comes next, with the checkout.
    let effects = by_intent.confirm();
    assert!(matches!(&effects[..], [Effect::Checkout { waive_retraction: true, .. }]), "{effects:?}");
    assert_eq!(Some(by_intent.state.step), Step::Review.next());
}

#[test]
fn back_walks_the_steps_in_reverse_order() {
    let mut w = Wizard::at_review();
    while let Some(previous) = w.state.step.previous() {
        assert!(w.act(Action::Back).is_empty());
        assert_eq!(w.state.step, previous);
    }
    assert_eq!(w.state.step, Step::ALL[0]);
    // The first step has none before it: Back clears the filter, then, with an open cart,
    // asks about the cart.
    w.act(Action::Back);
    assert!(w.state.subsidiary_screen.filter.is_empty());
    assert_eq!(w.state.overlay, None);
    w.act(Action::Back);
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmQuit));
}

#[test]
fn a_refused_answer_stays_on_its_step() {
    let mut w = Wizard::at_plan();
    w.act(Action::Down);
    assert!(w.confirm().is_empty(), "the discovery offer has no renew price");
    assert_eq!(w.state.step, Step::Plan);
    w.act(Action::Up);
    w.confirm();
    w.set_text("");
    w.confirm();
    assert_eq!(w.state.step, Step::Name, "an empty name is refused");
    w.set_text("Mine");
    w.confirm();
    w.set_text("TWO WORDS");
    w.confirm();
    assert_eq!(w.state.step, Step::Voucher, "an impossible code is refused");
}

#[test]
fn an_intent_acts_only_where_the_keymap_binds_it() {
    // No cart browser while the order is being placed, as no key opens it there.
    let mut w = Wizard::placing();
    w.confirm();
    assert_eq!(keymap::context(&w.state), Context::OrderPlacing);
    assert!(!keymap::binds(Context::OrderPlacing, Action::Carts));
    assert!(w.act(Action::Carts).is_empty());
    assert_eq!(w.state.browser.page, None);
    // Nothing to toggle or to open on the first step, no text to scroll; no retry without a
    // failure.
    let mut w = at_subsidiary();
    let before = w.state.clone();
    for action in [
        Action::Toggle,
        Action::ScrollDown,
        Action::FocusNext,
        Action::Retry,
        Action::Finish,
        Action::OpenUrl,
        Action::CopyUrl,
    ] {
        assert!(w.act(action).is_empty(), "{action:?}");
    }
    assert_eq!(w.state, before);
}

#[test]
fn confirm_never_ticks_a_box_and_toggle_ticks_only_the_focused_one() {
    let mut w = Wizard::at_review();
    for focus in [ReviewFocus::AutoPay, ReviewFocus::Waiver] {
        w.focus(focus);
        assert!(w.confirm().is_empty());
        assert!(!w.state.draft.auto_pay && !w.state.draft.consents.waiver, "Confirm on {focus:?} ticked it");
    }
    for focus in [ReviewFocus::Contract(0), ReviewFocus::AutoPay, ReviewFocus::PlaceOrder] {
        let mut w = Wizard::at_review();
        w.focus(focus);
        w.act(Action::Toggle);
        assert!(!w.state.draft.consents.waiver, "Toggle on {focus:?} ticked the waiver");
    }
    w.focus(ReviewFocus::Waiver);
    w.act(Action::Toggle);
    assert!(w.state.draft.consents.waiver);
    w.act(Action::Toggle);
    assert!(!w.state.draft.consents.waiver);
}

#[test]
fn the_confirmation_places_only_on_confirm_and_close_cancels() {
    let mut w = Wizard::placing();
    assert!(w.act(Action::Close).is_empty());
    assert_eq!((w.state.overlay, &w.state.order), (None, &OrderState::NotPlaced));
    let mut w = Wizard::placing();
    assert!(matches!(&w.confirm()[..], [Effect::Checkout { .. }]));
    assert!(w.confirm().is_empty(), "placed once");
}

#[test]
fn focus_moves_the_highlight_and_nothing_else() {
    let mut w = Wizard::at_review_for("IT");
    let ticked = |w: &Wizard| (w.state.draft.auto_pay, w.state.draft.consents.clone());
    for focus in ReviewScreen::focus_order(Some(2), true) {
        w.send(Msg::Focus(Focus::Review(focus)));
        assert_eq!(w.state.review.focus, focus);
        assert_eq!(ticked(&w), (false, Default::default()), "focusing {focus:?} ticked a box");
    }
    // Only on the screen showing it, and only onto what it shows.
    w.send(Msg::Focus(Focus::Review(ReviewFocus::Contract(7))));
    assert_eq!(w.state.review.focus, ReviewFocus::PlaceOrder);
    w.act(Action::Help);
    w.send(Msg::Focus(Focus::Review(ReviewFocus::Waiver)));
    assert_eq!(w.state.review.focus, ReviewFocus::PlaceOrder, "not behind an overlay");
    w.send(Msg::Focus(Focus::Plan(1)));
    assert_eq!(w.state.plan_cursor, 0, "not another step's");

    let mut w = Wizard::at_plan();
    w.send(Msg::Focus(Focus::Plan(1)));
    assert_eq!(w.state.plan_cursor, 1);
    w.send(Msg::Focus(Focus::Plan(2)));
    assert_eq!(w.state.plan_cursor, 1, "no such plan");

    let mut w = at_subsidiary();
    let de = w.state.filtered_subsidiaries().iter().position(|s| s.code == "DE").unwrap();
    w.send(Msg::Focus(Focus::Subsidiary(de)));
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("DE"));
    assert_eq!(w.state.step, Step::Subsidiary, "highlighted, not chosen");
}

#[test]
fn set_text_is_clearing_the_field_and_typing() {
    let mut by_keys = Wizard::at_plan();
    by_keys.confirm();
    let mut by_intent = by_keys.clone();
    by_keys.clear_field();
    by_keys.type_text("Été 2026");
    by_intent.set_text("Été 2026");
    assert_eq!(by_keys.state, by_intent.state);

    // A refused code is forgotten once the field changes, as when it is edited by keys.
    let mut w = Wizard::voucher_refused();
    assert!(w.state.voucher_screen.refusal.is_some());
    w.set_text("WELCOME50");
    assert!(w.state.voucher_screen.refusal.is_none());
    assert_eq!(w.state.voucher_screen.field.value(), "WELCOME50");
    // Not on a screen without a text field.
    let mut w = Wizard::at_plan();
    let before = w.state.clone();
    w.set_text("c");
    assert_eq!((w.state.browser.page, &w.state), (None, &before));
}

#[test]
fn no_intent_acts_while_the_screen_cannot_be_drawn_but_the_one_ctrl_c_is_bound_to() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    w.send(Msg::Resize { w: MIN_WIDTH - 1, h: 40 });
    assert!(!w.state.drawable());
    for action in [Action::Toggle, Action::Confirm, Action::FocusNext, Action::Back, Action::Retry, Action::Help] {
        assert!(w.act(action).is_empty(), "{action:?} acted");
    }
    w.send(Msg::Focus(Focus::Review(ReviewFocus::PlaceOrder)));
    w.set_text("yes");
    assert!(!w.state.draft.consents.waiver, "ticked blind");
    assert_eq!((w.state.step, w.state.overlay, w.state.review.focus), (Step::Review, None, ReviewFocus::Waiver));

    // Quit is what Ctrl-C does here: it asks about the cart, in less space.
    w.act(Action::Quit);
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmQuit));
    w.send(Msg::Resize { w: 20, h: 6 });
    assert!(w.act(Action::DeleteCart).is_empty(), "the cart is not deleted blind");
    assert_eq!(w.act(Action::KeepCart), vec![Effect::Quit { code: 130 }], "Ctrl-C's intent there");
}

#[test]
fn without_a_reported_size_intents_act_as_in_plain_mode() {
    // The plain front end has no screen: it never reports a size, and is never blind.
    let mut w = Wizard::at_review();
    assert_eq!(w.state.size, None);
    assert!(w.state.drawable());
    w.tick_all();
    assert!(w.state.draft.consents.waiver);
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.review.refusal, None::<OrderRefusal>);
    assert!(matches!(&w.confirm()[..], [Effect::Checkout { .. }]));
}
