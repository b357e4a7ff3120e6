//! The wizard's transitions, refusals and stale answers, driven through `update` alone.

mod common;

use common::fixtures::*;
use common::init::init;
use common::scripted::Wizard;
use ovhcart::api::error::{ErrorKind, Outcome};
use ovhcart::app::consent::ConsentBox;
use ovhcart::app::failures::{FailureSlot, visible_failure};
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::screens::{OrderRefusal, ReviewFocus};
use ovhcart::app::validate::NameError;
use ovhcart::app::*;
use ovhcart::i18n::{Lang, catalogue_source, message_ids};

fn is_quit(code: i32) -> impl Fn(&Effect) -> bool {
    move |e| *e == Effect::Quit { code }
}

// ---- start and subsidiary -------------------------------------------------------------

#[test]
fn starts_with_the_account_and_carts_requests_and_the_locale_highlight() {
    let mut state = State::new(init());
    assert_eq!(state.step, Step::Subsidiary);
    assert_eq!(state.subsidiary_screen.highlighted, Some("GB"));
    assert!(!state.is_busy(), "nothing is pending before start");
    let effects = start(&mut state);
    assert!(matches!(effects.as_slice(), [Effect::LoadAccount { .. }, Effect::ListCarts { .. }]));
    assert!(state.is_busy());
}

#[test]
fn the_account_subsidiary_is_preselected_unless_someone_chose() {
    let mut w = Wizard::new();
    w.settle();
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("FR"));

    let mut w = Wizard::with(Init { preselect: Some("de".into()), ..init() });
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("DE"));
    w.settle();
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("DE"), "--subsidiary wins over the account");

    let mut w = Wizard::new();
    w.act(Action::Down);
    let moved = w.state.subsidiary_screen.highlighted;
    w.settle();
    assert_eq!(w.state.subsidiary_screen.highlighted, moved, "the person's choice wins");
}

#[test]
fn the_filter_narrows_the_list_and_esc_clears_it() {
    let mut w = Wizard::new();
    w.type_text("pol");
    assert_eq!(w.state.filtered_subsidiaries().iter().map(|s| s.code).collect::<Vec<_>>(), ["PL"]);
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("PL"));
    w.type_text("zzz");
    assert!(w.state.filtered_subsidiaries().is_empty());
    assert!(w.enter().is_empty(), "nothing to choose");
    assert_eq!(w.state.step, Step::Subsidiary);
    assert!(w.key(Key::Esc).is_empty());
    assert!(w.state.subsidiary_screen.filter.is_empty());
    assert_eq!(w.state.filtered_subsidiaries().len(), 16);
}

#[test]
fn confirming_a_subsidiary_prepares_a_cart_in_the_background() {
    let mut w = Wizard::new();
    w.settle();
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::PrepareCart { subsidiary, replaces: None, .. }] if subsidiary == "FR"));
    assert_eq!(w.state.step, Step::Plan);
    assert!(w.state.pipeline.cart.is_loading());
    assert!(w.confirm().is_empty(), "no plan can be chosen before the offers arrive");
    assert_eq!(w.state.step, Step::Plan);
}

// ---- plan ------------------------------------------------------------------------------

#[test]
fn the_plan_is_added_with_its_renew_price() {
    let mut w = Wizard::at_plan();
    let effects = w.confirm();
    let [Effect::AddProject { cart_id, plan, .. }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(cart_id, w.state.cart_id().unwrap());
    assert_eq!(
        plan,
        &PlanChoice { plan_code: "project.2018".into(), duration: "P1M".into(), pricing_mode: "default".into() }
    );
    assert_eq!(w.state.step, Step::Name);
}

#[test]
fn an_offer_without_a_renew_price_is_refused() {
    let mut w = Wizard::at_plan();
    w.act(Action::Down);
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.step, Step::Plan);
    assert!(w.state.plan_refusal.is_some());
    w.act(Action::Up);
    w.confirm();
    assert_eq!(w.state.step, Step::Name);
    assert!(w.state.plan_refusal.is_none());
}

#[test]
fn choosing_the_plan_before_the_cart_is_ready_adds_it_when_the_cart_arrives() {
    let mut w = Wizard::new();
    w.settle();
    w.confirm();
    let prepare = w.take(|e| matches!(e, Effect::PrepareCart { .. }));
    // Pretend the person already chose: the draft plan is re-aligned on the new offers.
    w.state.draft.plan =
        Some(PlanChoice { plan_code: "project.2018".into(), duration: "P1M".into(), pricing_mode: "x".into() });
    let effects = w.send(success(&prepare).unwrap());
    assert!(matches!(&effects[..], [Effect::AddProject { plan, .. }] if plan.pricing_mode == "default"));
}

// ---- name --------------------------------------------------------------------------------

#[test]
fn the_name_defaults_to_today_and_invalid_names_are_refused_inline() {
    let mut w = Wizard::at_plan();
    w.confirm();
    assert_eq!(w.state.name_field.value(), "Project 2026-11-21");

    w.set_text("   ");
    assert!(w.confirm().is_empty());
    assert_eq!((w.state.step, w.state.name_error), (Step::Name, Some(NameError::Empty)));

    w.type_text("x");
    assert_eq!(w.state.name_error, None, "editing clears the error");

    w.set_text(&"n".repeat(256));
    w.confirm();
    assert_eq!(w.state.name_error, Some(NameError::TooLong { count: 256 }));

    // A control character typed (not pasted: a paste loses them) is refused.
    w.set_text("bell");
    w.key(Key::Char('\u{7}'));
    w.confirm();
    assert_eq!(w.state.name_error, Some(NameError::ControlCharacter));
    assert_eq!(w.state.draft.name, None);
    assert_eq!(w.state.step, Step::Name);
}

#[test]
fn question_mark_is_text_in_the_name_and_f1_opens_help() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.clear_field();
    w.type_text("Why?");
    assert_eq!(w.state.name_field.value(), "Why?");
    assert_eq!(w.state.overlay, None);
    w.key(Key::F(1));
    assert_eq!(w.state.overlay, Some(Overlay::Help));
    w.key(Key::Esc);
    assert_eq!(w.state.overlay, None);
}

#[test]
fn a_name_confirmed_before_the_item_exists_is_sent_once_it_does() {
    let mut w = Wizard::at_plan();
    w.confirm();
    let add = w.take(|e| matches!(e, Effect::AddProject { .. }));
    assert!(w.confirm().is_empty(), "no item yet, nothing to configure");
    assert_eq!(w.state.step, Step::Voucher);
    let effects = w.send(success(&add).unwrap());
    assert!(matches!(
        &effects[..],
        [Effect::SetConfiguration { label, value, .. }] if label == "description" && value == "Project 2026-11-21"
    ));
}

#[test]
fn the_quote_is_prefetched_once_the_description_is_set() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.confirm();
    w.settle();
    assert_eq!(w.state.step, Step::Voucher);
    assert!(w.state.quote().is_some(), "ready before the review screen");
    assert!(!w.state.is_busy());
}

// ---- back keeps drafts -------------------------------------------------------------------------

#[test]
fn back_walks_to_the_start_keeping_every_draft() {
    let mut w = Wizard::at_review();
    w.act(Action::Back);
    assert_eq!(w.state.step, Step::Voucher);
    w.act(Action::Back);
    assert_eq!(w.state.step, Step::Name);
    w.set_text("Mine");
    w.act(Action::Back);
    assert_eq!(w.state.step, Step::Plan);
    w.act(Action::Back);
    assert_eq!(w.state.step, Step::Subsidiary);
    assert_eq!(w.state.subsidiary_screen.highlighted, Some("FR"));
    // Forward again: the same subsidiary and plan keep the cart and the item.
    assert!(w.confirm().is_empty());
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.name_field.value(), "Mine");
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::SetConfiguration { value, .. }] if value == "Mine"), "{effects:?}");
    assert_eq!(w.state.step, Step::Voucher);
}

// ---- voucher ---------------------------------------------------------------------------

#[test]
fn an_empty_voucher_skips_the_step() {
    let mut w = Wizard::at_voucher();
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(w.state.draft.voucher, None);
}

#[test]
fn a_voucher_is_checked_attached_and_its_credit_kept() {
    let mut w = Wizard::at_voucher();
    w.set_text(" WELCOME50 ");
    let effects = w.confirm();
    // Checked and attached at the same time: the quote can follow both answers at once.
    assert!(
        matches!(&effects[..], [Effect::CheckVoucher { code, .. }, Effect::SetConfiguration { label, value, absent: true, .. }]
            if code == "WELCOME50" && *label == "voucher" && value == "WELCOME50"),
        "{effects:?}"
    );
    assert_eq!(w.state.step, Step::Voucher, "waits for the check");
    assert!(w.state.quote().is_none(), "the old quote no longer describes the cart");
    assert!(w.state.is_busy());
    let check = w.take(|e| matches!(e, Effect::CheckVoucher { .. }));
    assert!(w.send(success(&check).unwrap()).is_empty(), "the quote waits for the voucher's write");
    assert_eq!(w.state.step, Step::Review);
    let voucher = w.state.draft.voucher.clone().unwrap();
    assert_eq!((voucher.code.as_str(), voucher.credit.unwrap().text.as_str()), ("WELCOME50", "50.00 €"));
    w.settle();
    assert!(w.state.quote().is_some());
    assert_eq!(w.state.pipeline.voucher.applied.as_deref(), Some("WELCOME50"));
}

#[test]
fn a_refused_voucher_is_explained_in_place_and_can_be_corrected_or_skipped() {
    let mut w = Wizard::at_voucher();
    w.set_text("NOPE");
    w.confirm();
    let Effect::CheckVoucher { req, code } = w.take(|e| matches!(e, Effect::CheckVoucher { .. })) else {
        unreachable!()
    };
    let effects = w.send(Msg::VoucherChecked { req, code, result: Err(voucher_refused()) });
    assert!(effects.is_empty());
    assert_eq!(w.state.step, Step::Voucher);
    let refusal = w.state.voucher_screen.refusal.clone().unwrap();
    assert_eq!(refusal.message, "This voucher is not valid: VOUCHER_INVALID");
    assert_eq!(refusal.query_id.as_deref(), Some("EU.ext-3.6a2f1c.1234.abcd"));
    assert_eq!(visible_failure(&w.state), None, "a refusal is not a failure to retry");
    // Correct it…
    w.key(Key::Backspace);
    assert!(w.state.voucher_screen.refusal.is_none());
    w.set_text("");
    // …or skip.
    w.confirm();
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(w.state.draft.voucher, None);
}

#[test]
fn a_voucher_can_be_removed() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    w.settle();
    w.act(Action::Back);
    assert_eq!(w.state.voucher_screen.field.value(), "WELCOME50");
    w.set_text("");
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::RemoveConfiguration { label, .. }] if label == "voucher"));
    w.settle();
    assert_eq!(w.state.pipeline.voucher.applied, None);
    assert!(w.state.quote().is_some());
}

#[test]
fn invalid_voucher_text_is_refused_before_anything_is_sent() {
    let mut w = Wizard::at_voucher();
    w.set_text("TWO WORDS");
    assert!(w.confirm().is_empty());
    assert!(w.state.voucher_screen.input_error.is_some());
}

// ---- stale answers -----------------------------------------------------------------------------

#[test]
fn back_during_a_voucher_check_drops_its_answer() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    let check = w.take(|e| matches!(e, Effect::CheckVoucher { .. }));
    w.act(Action::Back);
    assert_eq!(w.state.step, Step::Name);
    assert!(w.send(success(&check).unwrap()).is_empty());
    assert_eq!(w.state.draft.voucher, None);
    assert_eq!(w.state.step, Step::Name, "a late answer does not move the person");
}

#[test]
fn editing_the_code_during_its_check_drops_the_answer() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME5");
    w.confirm();
    let check = w.take(|e| matches!(e, Effect::CheckVoucher { .. }));
    w.type_text("0");
    w.send(success(&check).unwrap());
    assert_eq!(w.state.draft.voucher, None);
    assert_eq!(w.state.step, Step::Voucher);
}

#[test]
fn a_cart_prepared_for_a_subsidiary_no_longer_wanted_is_dropped_and_deleted() {
    let mut w = Wizard::new();
    w.settle();
    w.confirm();
    let first = w.take(|e| matches!(e, Effect::PrepareCart { .. }));
    w.act(Action::Back);
    w.choose_subsidiary("DE");
    let second = w.take(|e| matches!(e, Effect::PrepareCart { .. }));
    assert!(matches!(&second, Effect::PrepareCart { subsidiary, replaces: None, .. } if subsidiary == "DE"));
    let effects = w.send(success(&first).unwrap());
    assert!(matches!(&effects[..], [Effect::DeleteCart { .. }]), "the stale cart is cleaned up: {effects:?}");
    assert!(w.state.pipeline.cart.is_loading());
    w.send(success(&second).unwrap());
    assert_eq!(w.state.pipeline.cart.ready().unwrap().subsidiary, "DE");
}

#[test]
fn a_quote_requested_before_the_voucher_changed_is_dropped() {
    // The quote is on its way…
    let mut w2 = Wizard::at_plan();
    w2.confirm();
    w2.confirm();
    let set = w2.take(|e| matches!(e, Effect::AddProject { .. }));
    w2.send(success(&set).unwrap());
    let description = w2.take(|e| matches!(e, Effect::SetConfiguration { .. }));
    let effects = w2.send(success(&description).unwrap());
    let quote = effects.into_iter().find(|e| matches!(e, Effect::LoadQuote { .. })).unwrap();
    w2.pending.retain(|e| !matches!(e, Effect::LoadQuote { .. }));
    // …when a voucher is attached.
    w2.set_text("WELCOME50");
    w2.confirm();
    let check = w2.take(|e| matches!(e, Effect::CheckVoucher { .. }));
    w2.send(success(&check).unwrap());
    assert!(w2.send(success(&quote).unwrap()).is_empty());
    assert!(w2.state.quote().is_none(), "the old quote is not shown");
    w2.settle();
    assert!(w2.state.quote().is_some());
}

// ---- subsidiary or plan changed later ---------------------------------------------------------

#[test]
fn a_new_subsidiary_replaces_the_cart_and_reapplies_the_drafts() {
    let mut w = Wizard::at_review();
    let old = w.state.cart_id().unwrap().to_owned();
    w.acts(&[Action::Back; 4]);
    w.choose_subsidiary("DE");
    let prepare = w.take(|e| matches!(e, Effect::PrepareCart { .. }));
    assert!(
        matches!(&prepare, Effect::PrepareCart { subsidiary, replaces: Some(r), .. } if subsidiary == "DE" && *r == old)
    );
    assert_eq!(w.state.quote(), None);
    let effects = w.send(success(&prepare).unwrap());
    assert!(matches!(&effects[..], [Effect::AddProject { .. }]), "the kept plan is added again: {effects:?}");
    w.settle();
    assert_eq!(w.state.pipeline.description.applied.as_deref(), Some("Project 2026-11-21"));
    assert!(w.state.quote().is_some());
    assert!(!w.state.draft.consents.waiver);
}

#[test]
fn another_plan_gets_a_fresh_cart() {
    let mut w = Wizard::at_review();
    let old = w.state.cart_id().unwrap().to_owned();
    w.acts(&[Action::Back; 3]);
    // The discovery offer has no renew price in the fixture: give it one.
    if let Remote::Ready(cart) = &mut w.state.pipeline.cart {
        cart.offers[1].prices[0].capacities = vec!["renew".into()];
    }
    w.act(Action::Down);
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::PrepareCart { replaces: Some(r), .. }] if *r == old), "{effects:?}");
    let Effect::PrepareCart { req, .. } = w.take(|e| matches!(e, Effect::PrepareCart { .. })) else { unreachable!() };
    let mut fresh = cart("cart-new", "FR");
    fresh.offers[1].prices[0].capacities = vec!["renew".into()];
    let effects = w.send(Msg::CartReady { req, result: Ok(fresh) });
    assert!(matches!(&effects[..], [Effect::AddProject { plan, .. }] if plan.plan_code == "project.discovery"));
    w.settle();
    assert_eq!(w.state.pipeline.description.applied.as_deref(), Some("Project 2026-11-21"));
}

// ---- review, waiver, order ----------------------------------------------------------------------

#[test]
fn ordering_is_refused_until_the_waiver_is_ticked() {
    let mut w = Wizard::at_review();
    assert!(!w.state.draft.consents.waiver, "never pre-ticked");
    // The contracts accepted: the waiver is still needed (tests/wizard_consents.rs has the others).
    w.tick(ConsentBox::Contracts);
    w.focus(ReviewFocus::PlaceOrder);
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::WaiverUnticked));
    assert_eq!(w.state.overlay, None);
    w.focus(ReviewFocus::Waiver);
    w.act(Action::Toggle);
    assert!(w.state.draft.consents.waiver);
    assert_eq!(w.state.review.refusal, None);
    w.focus(ReviewFocus::PlaceOrder);
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder));
}

#[test]
fn nothing_but_a_key_on_the_waiver_box_ticks_it() {
    let mut w = Wizard::at_review();
    let keys = [Key::Char(' '), Key::Enter, Key::Char('x'), Key::Char('y'), Key::Tab, Key::BackTab, Key::Esc];
    for focus in [ReviewFocus::Contract(0), ReviewFocus::AutoPay, ReviewFocus::PlaceOrder] {
        for key in keys {
            let mut w = Wizard::at_review();
            w.focus(focus);
            w.state.overlay = None;
            w.key(key);
            w.send(Msg::Paste("yes".into()));
            w.send(Msg::Tick);
            w.settle();
            assert!(!w.state.draft.consents.waiver, "{key:?} on {focus:?} ticked the waiver");
        }
    }
    // Only Space ticks the focused box, and again unticks it; Enter never does.
    w.focus(ReviewFocus::Waiver);
    for _ in 0..3 {
        assert!(w.enter().is_empty());
        assert!(!w.state.draft.consents.waiver, "Enter on the box ticked it");
    }
    w.key(Key::Char(' '));
    assert!(w.state.draft.consents.waiver);
    w.enter();
    assert!(w.state.draft.consents.waiver, "Enter on the box unticked it");
    w.key(Key::Char(' '));
    assert!(!w.state.draft.consents.waiver);
}

#[test]
fn enter_on_a_box_does_nothing_and_the_footer_offers_space_there() {
    let mut w = Wizard::at_review();
    for focus in [ReviewFocus::AutoPay, ReviewFocus::Waiver] {
        w.focus(focus);
        assert!(w.enter().is_empty());
        assert!(!w.state.draft.auto_pay && !w.state.draft.consents.waiver, "Enter on {focus:?} ticked it");
        let footer: Vec<Action> = keymap::footer(&w.state).iter().map(|b| b.action).collect();
        assert!(footer.contains(&Action::Toggle), "{focus:?}: space is offered");
        assert!(!footer.contains(&Action::Confirm), "{focus:?}: enter is not offered on a box");
    }
    w.focus(ReviewFocus::PlaceOrder);
    let footer: Vec<Action> = keymap::footer(&w.state).iter().map(|b| b.action).collect();
    assert!(footer.contains(&Action::Confirm) && !footer.contains(&Action::Toggle));
}

#[test]
fn the_confirmation_defaults_to_cancel_and_only_y_places() {
    let mut w = Wizard::placing();
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder));
    assert!(w.enter().is_empty(), "Enter alone never places");
    assert_eq!((w.state.overlay, w.state.step, &w.state.order), (None, Step::Review, &OrderState::NotPlaced));
    // Thirty Enters on the button: the question opens and is cancelled, never answered yes.
    for _ in 0..30 {
        assert!(w.enter().iter().all(|e| !matches!(e, Effect::Checkout { .. })));
    }
    assert_eq!(w.state.order, OrderState::NotPlaced);
    for key in [Key::Char('n'), Key::Esc] {
        w.state.overlay = Some(Overlay::ConfirmOrder);
        assert!(w.key(key).is_empty());
        assert_eq!(w.state.overlay, None, "{key:?} cancels");
    }
    w.state.overlay = Some(Overlay::ConfirmOrder);
    let effects = w.key(Key::Char('y'));
    assert!(matches!(&effects[..], [Effect::Checkout { waive_retraction: true, .. }]));
}

#[test]
fn nothing_but_ctrl_c_acts_while_the_screen_is_too_small() {
    let mut w = Wizard::at_review();
    w.focus(ReviewFocus::Waiver);
    w.send(Msg::Resize { w: MIN_WIDTH - 1, h: 40 });
    assert!(!w.state.drawable());
    let keys = [Key::Char(' '), Key::Enter, Key::Tab, Key::BackTab, Key::Char('y'), Key::Esc, Key::Char('r')];
    for key in keys {
        assert!(w.key(key).is_empty(), "{key:?} acted");
    }
    w.send(Msg::Paste("y".into()));
    w.send(Msg::Click(Click::Review(ReviewFocus::Waiver)));
    assert!(!w.state.draft.consents.waiver, "ticked blind");
    assert_eq!((w.state.step, w.state.overlay, w.state.review.focus), (Step::Review, None, ReviewFocus::Waiver));

    // Drawable again: the same keys act.
    w.send(Msg::Resize { w: MIN_WIDTH, h: MIN_HEIGHT });
    assert!(w.state.drawable());
    w.key(Key::Char(' '));
    assert!(w.state.draft.consents.waiver);
    w.tick(ConsentBox::Contracts);
    w.focus(ReviewFocus::PlaceOrder);
    w.enter();
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmOrder));

    // Too small with the confirmation open: `y` does not place.
    w.send(Msg::Resize { w: 80, h: MIN_HEIGHT - 1 });
    assert!(w.key(Key::Char('y')).is_empty());
    assert_eq!(w.state.order, OrderState::NotPlaced);

    // Ctrl-C acts: its question (keep or delete the cart) is drawn in less space, so its
    // keys act there; below that, only Ctrl-C again (keep the cart and quit).
    w.key(Key::Ctrl('c'));
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmQuit));
    assert!(w.state.drawable(), "the question fits {:?}", w.state.size);
    assert!(w.key(Key::Esc).is_empty());
    assert_eq!(w.state.overlay, None, "esc answers the question it can see");
    w.key(Key::Ctrl('c'));
    w.send(Msg::Resize { w: 20, h: 6 });
    assert!(!w.state.drawable());
    assert!(w.key(Key::Char('d')).is_empty(), "the cart is not deleted blind");
    assert!(w.key(Key::Ctrl('c')).iter().any(is_quit(130)));
}

#[test]
fn ctrl_c_quits_at_once_on_a_too_small_screen_without_a_cart() {
    let mut w = Wizard::new();
    w.send(Msg::Resize { w: 30, h: 10 });
    assert!(w.key(Key::Enter).is_empty());
    assert!(w.key(Key::Char('q')).is_empty());
    assert!(w.key(Key::Ctrl('c')).iter().any(is_quit(130)));
}

#[test]
fn auto_pay_is_off_by_default_and_toggles() {
    let mut w = Wizard::at_review();
    assert!(!w.state.draft.auto_pay);
    w.focus(ReviewFocus::AutoPay);
    w.act(Action::Toggle);
    assert!(w.state.draft.auto_pay);
}

#[test]
fn the_order_is_placed_once_after_confirmation() {
    let mut w = Wizard::placing();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    let effects = w.key(Key::Char('y'));
    assert!(matches!(
        &effects[..],
        [Effect::Checkout { cart_id: c, auto_pay: false, waive_retraction: true, .. }] if *c == cart_id
    ));
    assert_eq!((w.state.step, &w.state.order), (Step::Order, &OrderState::Placing));
    assert!(w.enter().is_empty(), "Enter again does nothing while placing");
    assert!(w.enter().is_empty());
    assert!(w.key(Key::Char(' ')).is_empty());
    assert_eq!(w.pending.iter().filter(|e| matches!(e, Effect::Checkout { .. })).count(), 1);
}

#[test]
fn esc_in_the_confirmation_cancels() {
    let mut w = Wizard::placing();
    assert!(w.key(Key::Esc).is_empty());
    assert_eq!((w.state.overlay, w.state.step), (None, Step::Review));
}

#[test]
fn a_placed_order_writes_the_receipt_and_is_followed_until_delivery() {
    let mut w = Wizard::placing();
    w.confirm();
    let checkout = w.take(|e| matches!(e, Effect::Checkout { .. }));
    // The receipt's draft, consent included, goes with the checkout (to be journaled).
    let Effect::Checkout { receipt, .. } = &checkout else { unreachable!() };
    assert!(receipt.waiver.given);
    assert_eq!(receipt.waiver.language, "en");
    assert!(receipt.waiver.text.contains("14 days"), "{}", receipt.waiver.text);
    assert_eq!((receipt.subsidiary.as_str(), receipt.plan_code.as_str()), ("FR", "project.2018"));
    let effects = w.send(success(&checkout).unwrap());
    let [Effect::FollowOrder { req, order_id }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(*order_id, 123456789);
    assert!(w.state.is_following() && w.state.is_busy());
    assert!(!w.state.has_open_cart());

    let req = *req;
    w.send(Msg::ReceiptWritten(Ok("/data/receipts/order-123456789.json".into())));
    w.send(Msg::OrderProgress {
        req,
        progress: OrderProgress { status: ovhcart::api::models::OrderStatus::Delivering, follow_up: vec![] },
    });
    let OrderState::Placed(placed) = &w.state.order else { panic!() };
    assert_eq!(placed.status, Some(ovhcart::api::models::OrderStatus::Delivering));
    // A stale follower's news is ignored.
    w.send(Msg::ProjectDelivered { req: req + 100, project_id: "nope".into() });
    assert!(w.state.is_following());
    w.send(Msg::ProjectDelivered { req, project_id: "0123456789ab4cdef0123456789abcde".into() });
    assert!(!w.state.is_busy());
    assert_eq!(keymap::context(&w.state), Context::OrderDone);
    assert_eq!(w.act(Action::Finish), vec![Effect::Quit { code: 0 }]);
}

#[test]
fn leaving_while_the_order_is_followed_exits_cleanly() {
    let mut w = Wizard::placing();
    w.confirm();
    w.settle();
    assert_eq!(w.act(Action::Leave), vec![Effect::Quit { code: 0 }]);
}

#[test]
fn a_checkout_with_an_unknown_outcome_is_never_retried() {
    let mut w = Wizard::placing();
    w.confirm();
    let Effect::Checkout { req, .. } = w.take(|e| matches!(e, Effect::Checkout { .. })) else { unreachable!() };
    let error = api_error(ErrorKind::ServerUnavailable, Outcome::Unknown, "Gateway timeout");
    w.send(Msg::OrderPlaced { req, result: Err(error) });
    assert_eq!(w.state.overlay, None, "the order screen says the order may exist");
    assert!(matches!(w.state.order, OrderState::MaybePlaced(_)));
    assert!(!keymap::is_available(&w.state, Action::Retry));
    // Checking again never sends the checkout.
    let effects = w.act(Action::Recheck);
    assert!(matches!(&effects[..], [Effect::RecheckOrder { .. }]), "{effects:?}");
    assert!(w.act(Action::Back).is_empty());
    assert_eq!(w.state.step, Step::Order, "no way back to ordering again");
}

#[test]
fn a_checkout_refused_before_anything_happened_can_be_retried() {
    let mut w = Wizard::placing();
    w.confirm();
    let Effect::Checkout { req, .. } = w.take(|e| matches!(e, Effect::Checkout { .. })) else { unreachable!() };
    let error = api_error(ErrorKind::BadRequest, Outcome::NotApplied, "Custom field description is mandatory");
    w.send(Msg::OrderPlaced { req, result: Err(error) });
    let effects = w.act(Action::Retry);
    assert!(matches!(&effects[..], [Effect::Checkout { waive_retraction: true, .. }]));
    assert_eq!(w.state.order, OrderState::Placing);
}

#[test]
fn a_refused_checkout_can_go_back_to_the_review() {
    let mut w = Wizard::placing();
    w.confirm();
    let Effect::Checkout { req, .. } = w.take(|e| matches!(e, Effect::Checkout { .. })) else { unreachable!() };
    w.send(Msg::OrderPlaced { req, result: Err(api_error(ErrorKind::BadRequest, Outcome::NotApplied, "No")) });
    w.act(Action::Close);
    w.act(Action::Back);
    assert_eq!((w.state.step, &w.state.order), (Step::Review, &OrderState::NotPlaced));
}

// ---- errors and retry ----------------------------------------------------------------------------

#[test]
fn a_failed_cart_is_shown_with_its_query_id_and_retried() {
    let mut w = Wizard::new();
    w.settle();
    w.confirm();
    let Effect::PrepareCart { req, .. } = w.take(|e| matches!(e, Effect::PrepareCart { .. })) else { unreachable!() };
    w.send(Msg::CartReady { req, result: Err(server_down()) });
    let (slot, failure) = visible_failure(&w.state).unwrap();
    assert_eq!(slot, FailureSlot::Cart);
    assert_eq!(failure.error.query_id.as_deref(), Some("EU.ext-3.6a2f1c.1234.abcd"));
    assert!(!w.state.is_busy());
    let effects = w.act(Action::Retry);
    assert!(matches!(&effects[..], [Effect::PrepareCart { subsidiary, .. }] if subsidiary == "FR"));
    w.settle();
    assert!(w.state.offers().len() == 2);
}

#[test]
fn a_failed_configuration_and_quote_are_retried() {
    let mut w = Wizard::at_plan();
    w.confirm();
    w.confirm();
    let add = w.take(|e| matches!(e, Effect::AddProject { .. }));
    w.send(success(&add).unwrap());
    let Effect::SetConfiguration { req, label, .. } = w.take(|e| matches!(e, Effect::SetConfiguration { .. })) else {
        unreachable!()
    };
    w.send(Msg::ConfigurationSet { req, label, result: Err(server_down()) });
    assert_eq!(visible_failure(&w.state).unwrap().0, FailureSlot::Description);
    assert!(w.send(Msg::Tick).is_empty(), "a failure is not retried by itself");
    let effects = w.act(Action::Retry);
    assert!(matches!(&effects[..], [Effect::SetConfiguration { .. }]), "{effects:?}");
    let set = w.take(|e| matches!(e, Effect::SetConfiguration { .. }));
    let effects = w.send(success(&set).unwrap());
    let [Effect::LoadQuote { req, .. }] = &effects[..] else { panic!("{effects:?}") };
    w.pending.clear();
    w.send(Msg::QuoteLoaded { req: *req, result: Err(server_down()) });
    w.confirm();
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(visible_failure(&w.state).unwrap().0, FailureSlot::Quote);
    w.focus(ReviewFocus::Waiver);
    w.act(Action::Toggle);
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(w.state.review.refusal, Some(OrderRefusal::QuoteNotReady));
    let effects = w.act(Action::Retry);
    assert!(matches!(&effects[..], [Effect::LoadQuote { .. }]));
}

#[test]
fn a_failed_account_and_follow_are_retried() {
    let mut w = Wizard::new();
    let Effect::LoadAccount { req } = w.take(|e| matches!(e, Effect::LoadAccount { .. })) else { unreachable!() };
    w.send(Msg::AccountLoaded {
        req,
        result: Err(api_error(ErrorKind::InvalidCredentials, Outcome::NotApplied, "Invalid credential")),
    });
    assert_eq!(visible_failure(&w.state).unwrap().0, FailureSlot::Account);
    assert!(matches!(&w.act(Action::Retry)[..], [Effect::LoadAccount { .. }]));

    let mut w = Wizard::placing();
    w.confirm();
    w.settle();
    let Effect::FollowOrder { req, .. } = w.take(|e| matches!(e, Effect::FollowOrder { .. })) else { unreachable!() };
    w.send(Msg::FollowFailed { req, error: server_down() });
    assert!(!w.state.is_busy());
    assert!(matches!(&w.act(Action::Retry)[..], [Effect::FollowOrder { order_id: 123456789, .. }]));
}

#[test]
fn a_voucher_check_that_could_not_run_is_retried() {
    let mut w = Wizard::at_voucher();
    w.set_text("WELCOME50");
    w.confirm();
    let Effect::CheckVoucher { req, code } = w.take(|e| matches!(e, Effect::CheckVoucher { .. })) else {
        unreachable!()
    };
    w.send(Msg::VoucherChecked { req, code, result: Err(server_down()) });
    assert_eq!(visible_failure(&w.state).unwrap().0, FailureSlot::VoucherCheck);
    assert!(matches!(&w.act(Action::Retry)[..], [Effect::CheckVoucher { code, .. }] if code == "WELCOME50"));
}

// ---- quitting ----------------------------------------------------------------------------------

#[test]
fn ctrl_c_without_a_cart_quits_at_once() {
    let mut w = Wizard::new();
    assert_eq!(w.key(Key::Ctrl('c')), vec![Effect::Quit { code: 130 }]);
    let mut w = Wizard::new();
    assert_eq!(w.key(Key::Esc), vec![Effect::Quit { code: 130 }], "Esc on the first step quits");
}

#[test]
fn ctrl_c_with_an_open_cart_asks_to_keep_or_delete_it() {
    let mut w = Wizard::at_review();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    assert!(w.key(Key::Ctrl('c')).is_empty());
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmQuit));
    assert!(w.key(Key::Esc).is_empty());
    assert_eq!(w.state.overlay, None);

    w.key(Key::Ctrl('c'));
    assert_eq!(w.key(Key::Char('k')), vec![Effect::Quit { code: 130 }]);

    let mut w = Wizard::at_plan();
    w.key(Key::Ctrl('c'));
    let effects = w.key(Key::Char('d'));
    assert_eq!(effects.len(), 2);
    assert!(matches!(&effects[0], Effect::DeleteCart { .. }));
    assert!(is_quit(130)(&effects[1]));
    drop(cart_id);
}

#[test]
fn a_deleted_cart_is_no_longer_open_but_another_cart_deleted_changes_nothing() {
    let mut w = Wizard::at_plan();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    w.send(Msg::CartDeleted { cart_id: "some-late-cart".into(), result: Ok(()) });
    assert!(w.state.has_open_cart());
    w.send(Msg::CartDeleted { cart_id: cart_id.clone(), result: Err(server_down()) });
    assert!(w.state.has_open_cart(), "a failed deletion leaves the cart open");
    w.send(Msg::CartDeleted { cart_id, result: Ok(()) });
    assert!(!w.state.has_open_cart());
}

#[test]
fn ctrl_c_after_the_order_quits_without_asking() {
    let mut w = Wizard::placing();
    w.confirm();
    w.settle();
    assert_eq!(w.key(Key::Ctrl('c')), vec![Effect::Quit { code: 130 }]);
}

// ---- overlays, spinner, resize ------------------------------------------------------------------

#[test]
fn help_and_contract_overlays_open_scroll_and_close() {
    let mut w = Wizard::at_review();
    w.key(Key::Char('?'));
    assert_eq!(w.state.overlay, Some(Overlay::Help));
    w.key(Key::Char('?'));
    assert_eq!(w.state.overlay, None);
    w.focus(ReviewFocus::Contract(1));
    w.enter();
    assert_eq!(w.state.overlay, Some(Overlay::Contract { index: 1, scroll: 0 }));
    w.keys(&[Key::Down, Key::Char('j'), Key::PageDown]);
    assert_eq!(w.state.overlay, Some(Overlay::Contract { index: 1, scroll: 11 }), "clamped to the last line");
    w.keys(&[Key::PageUp, Key::Char('k')]);
    assert_eq!(w.state.overlay, Some(Overlay::Contract { index: 1, scroll: 0 }));
    w.key(Key::Char('q'));
    assert_eq!(w.state.overlay, None);
}

#[test]
fn the_spinner_moves_only_while_busy() {
    let mut w = Wizard::new();
    w.send(Msg::Tick);
    assert_eq!(w.state.spinner, 1);
    w.settle();
    w.send(Msg::Tick);
    assert_eq!(w.state.spinner, 1);
    w.send(Msg::Resize { w: 100, h: 30 });
    assert_eq!(w.state.size, Some((100, 30)));
}

// ---- keymap ----------------------------------------------------------------------------------------

#[test]
fn every_binding_has_a_known_hint_and_no_key_is_bound_twice() {
    let english = message_ids(catalogue_source("en").unwrap());
    for context in Context::ALL {
        let mut seen = Vec::new();
        for binding in keymap::bindings(context) {
            assert!(!binding.label.is_empty() && !binding.keys.is_empty(), "{context:?}");
            assert!(english.contains(binding.hint), "{context:?}: hint {} not in the catalogue", binding.hint);
            for key in binding.keys {
                assert!(!seen.contains(key), "{context:?}: {key:?} bound twice");
                seen.push(*key);
            }
        }
        assert!(seen.contains(&Key::Ctrl('c')), "{context:?}: Ctrl-C must always work");
    }
}

fn footer_labels(w: &Wizard) -> Vec<&'static str> {
    keymap::footer(&w.state).iter().map(|b| b.label).collect()
}

/// The footer, most wanted first: Enter, Esc and the language key, then the help, then the
/// rest; moving and scrolling last (a narrow footer drops them first).
#[test]
fn the_footer_lists_the_keys_that_work_now() {
    const PAGES: [&str; 4] = ["pgup", "pgdn", "home", "end"];
    let with_pages = |labels: &[&'static str]| [labels, &PAGES].concat();
    let mut w = Wizard::new();
    assert_eq!(footer_labels(&w), with_pages(&["enter", "esc", "F2", "?", "ctrl-c", "F3", "↑", "↓"]));
    w.settle();
    w.confirm();
    assert_eq!(footer_labels(&w), with_pages(&["enter", "esc", "L", "?", "ctrl-c", "c/F3", "↑/k", "↓/j"]));
    w.settle();
    w.confirm();
    assert_eq!(footer_labels(&w), ["enter", "esc", "F2", "F1", "ctrl-c", "F3"]);
    w.confirm();
    assert_eq!(footer_labels(&w), ["enter", "esc", "F2", "?", "ctrl-c", "F3"]);
    w.settle();
    w.confirm();
    // On a contract: its address can be opened and copied.
    let review = ["enter", "esc", "L", "?", "o", "y", "ctrl-c", "c/F3", "tab/↓", "shift-tab/↑"];
    assert_eq!(footer_labels(&w), with_pages(&review));
    w.focus(ReviewFocus::Waiver);
    let review = ["space", "esc", "L", "?", "ctrl-c", "c/F3", "tab/↓", "shift-tab/↑"];
    assert_eq!(footer_labels(&w), with_pages(&review));
    w.tick_all();
    w.focus(ReviewFocus::PlaceOrder);
    w.confirm();
    assert_eq!(footer_labels(&w), ["y", "esc/enter", "ctrl-c"]);
    w.confirm();
    assert_eq!(footer_labels(&w), ["?", "ctrl-c"]);
    w.settle();
    let following = ["q", "L", "?", "o", "y", "ctrl-c", "c/F3", "↑/k", "↓/j"];
    assert_eq!(footer_labels(&w), with_pages(&following));
    // Every footer binding is one the keymap would act on.
    for binding in keymap::footer(&w.state) {
        assert!(keymap::is_available(&w.state, binding.action));
    }
}

#[test]
fn the_retry_key_appears_only_with_a_retryable_failure() {
    let mut w = Wizard::new();
    w.settle();
    w.confirm();
    let Effect::PrepareCart { req, .. } = w.take(|e| matches!(e, Effect::PrepareCart { .. })) else { unreachable!() };
    assert!(!footer_labels(&w).contains(&"r"));
    w.send(Msg::CartReady { req, result: Err(server_down()) });
    assert!(footer_labels(&w).contains(&"r"));
}

#[test]
fn the_language_is_kept_for_the_receipt() {
    let w = Wizard::with(Init { lang: Lang::Fr, ..init() });
    assert_eq!(w.state.lang, Lang::Fr);
}
