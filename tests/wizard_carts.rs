//! The cart browser through `update` alone: opening and closing it from every step, the
//! start screen, stale answers, deletions behind a confirmation, and resuming a cart.

mod common;

use common::carts::*;
use common::fixtures::*;
use common::scripted::Wizard;
use ovhcart::app::carts::{CartRefusal, CartsPage, Deletion};
use ovhcart::app::keymap::{self, Action, Context};
use ovhcart::app::*;

fn req_of(effect: &Effect) -> u64 {
    match effect {
        Effect::ListCarts { req }
        | Effect::LoadCart { req, .. }
        | Effect::DeleteItem { req, .. }
        | Effect::DeleteConfiguration { req, .. } => *req,
        other => panic!("{other:?} is not the browser's"),
    }
}

fn list_req(w: &mut Wizard) -> u64 {
    req_of(&w.take(|e| matches!(e, Effect::ListCarts { .. })))
}

fn detail_req(w: &mut Wizard) -> u64 {
    req_of(&w.take(|e| matches!(e, Effect::LoadCart { .. })))
}

/// The account answered, its carts not yet.
fn starting() -> (Wizard, u64) {
    let mut w = Wizard::new();
    let req = list_req(&mut w);
    w.settle();
    (w, req)
}

/// The start screen, over the carts of `several()`.
fn start_screen() -> Wizard {
    let (mut w, req) = starting();
    w.send(Msg::CartsListed { req, result: Ok(several()) });
    assert_eq!(w.state.browser.page, Some(CartsPage::List));
    w
}

/// The browser opened (`c`/F3) from where the wizard is, its list answered.
fn open_browser(w: &mut Wizard, carts: Vec<ovhcart::app::carts::CartSummary>) {
    w.act(Action::Carts);
    let req = list_req(w);
    w.send(Msg::CartsListed { req, result: Ok(carts) });
}

/// The detail page of the highlighted cart, answered with `detail`.
fn open_detail(w: &mut Wizard, detail: ovhcart::app::carts::CartDetail) {
    w.confirm();
    let req = detail_req(w);
    w.send(Msg::CartLoaded { req, result: Ok(detail) });
    assert_eq!(w.state.browser.page, Some(CartsPage::Detail));
}

// ---- opening and closing -----------------------------------------------------------------

#[test]
fn c_or_f3_opens_the_browser_from_every_step_and_esc_returns_there() {
    let mut w = Wizard::at_review();
    for (step, keys) in [
        (Step::Review, &[Key::Char('c'), Key::F(3)][..]),
        (Step::Voucher, &[Key::F(3)][..]),
        (Step::Name, &[Key::F(3)][..]),
        (Step::Plan, &[Key::Char('c'), Key::F(3)][..]),
        (Step::Subsidiary, &[Key::F(3)][..]),
    ] {
        while w.state.step != step {
            w.act(Action::Back);
        }
        for key in keys {
            let effects = w.key(*key);
            assert_eq!(w.state.browser.page, Some(CartsPage::List), "{step:?} {key:?}");
            assert!(matches!(effects.as_slice(), [Effect::ListCarts { .. }]), "{step:?}: {effects:?}");
            w.key(Key::Esc);
            assert_eq!(w.state.browser.page, None);
            assert_eq!(w.state.step, step, "Esc goes back where the person was");
        }
    }
}

#[test]
fn in_text_fields_c_is_text() {
    let mut w = Wizard::at_plan();
    w.confirm();
    assert_eq!(w.state.step, Step::Name);
    w.key(Key::Char('c'));
    assert_eq!(w.state.browser.page, None);
    assert!(w.state.name_field.value().ends_with('c'));
    assert_eq!(keymap::binding_for(Context::Name, Key::Char('c')), None);
    assert!(keymap::binding_for(Context::Name, Key::F(3)).is_some());
}

#[test]
fn list_detail_and_back() {
    let mut w = Wizard::at_plan();
    open_browser(&mut w, several());
    assert_eq!(w.state.browser.cursor, 0);
    w.act(Action::Down);
    w.act(Action::Down);
    w.act(Action::Down);
    assert_eq!(w.state.browser.cursor, 2, "the cursor stays on the list");
    w.act(Action::Up);
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::LoadCart { cart_id, .. }] if cart_id == "manual-7"));
    assert!(w.state.browser.detail.is_loading());
    assert!(w.state.is_busy());
    w.act(Action::Back);
    assert_eq!(w.state.browser.page, Some(CartsPage::List));
    assert!(w.pending.iter().any(|e| matches!(e, Effect::ListCarts { .. })), "the list is read again");
    w.act(Action::Back);
    assert_eq!(w.state.browser.page, None);
    assert_eq!(w.state.step, Step::Plan);
}

#[test]
fn an_answer_for_a_cart_left_meanwhile_is_dropped() {
    let mut w = Wizard::at_plan();
    open_browser(&mut w, several());
    w.confirm();
    let first = detail_req(&mut w);
    w.act(Action::Back);
    let req = list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Ok(several()) });
    w.act(Action::Down);
    w.confirm();
    let second = detail_req(&mut w);
    w.send(Msg::CartLoaded { req: first, result: Ok(detail()) });
    assert!(w.state.browser.detail.is_loading(), "the first cart's answer is stale");
    let mut other = detail();
    other.summary = summary("manual-7", "Summer project (ordered)", 2, true, false);
    w.send(Msg::CartLoaded { req: second, result: Ok(other) });
    assert_eq!(w.state.browser.detail.ready().unwrap().summary.cart.cart_id, "manual-7");
    // A list answer overtaken by a newer request is dropped too.
    w.act(Action::Back);
    let old = list_req(&mut w);
    w.act(Action::Retry);
    let new = list_req(&mut w);
    w.send(Msg::CartsListed { req: old, result: Ok(vec![]) });
    assert_eq!(w.state.browser.carts.ready().unwrap().len(), 3, "the stale answer changed nothing");
    assert!(w.state.is_busy(), "a refresh is pending");
    w.send(Msg::CartsListed { req: new, result: Ok(several()[..1].to_vec()) });
    assert_eq!(w.state.browser.carts.ready().unwrap().len(), 1);
}

#[test]
fn a_failed_list_is_shown_and_refreshed_with_r() {
    let mut w = Wizard::at_plan();
    w.act(Action::Carts);
    let req = list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Err(server_down()) });
    assert!(w.state.browser.carts.failure().is_some());
    assert!(keymap::footer(&w.state).iter().any(|b| b.label == "r"));
    let effects = w.key(Key::Char('r'));
    assert!(matches!(effects.as_slice(), [Effect::ListCarts { .. }]));
}

// ---- deletions ----------------------------------------------------------------------------

#[test]
fn deleting_a_cart_asks_first_and_n_cancels() {
    let mut w = Wizard::at_plan();
    open_browser(&mut w, several());
    let effects = w.key(Key::Char('d'));
    assert!(effects.is_empty(), "nothing is deleted before the answer");
    assert_eq!(w.state.overlay, Some(Overlay::ConfirmDelete));
    assert_eq!(w.state.browser.deletion, Some(Deletion::Cart { cart_id: "ovh-cart-1".into() }));
    assert!(w.key(Key::Char('n')).is_empty());
    assert_eq!(w.state.overlay, None);
    assert_eq!(w.state.browser.deletion, None);
    w.key(Key::Char('d'));
    assert!(w.key(Key::Esc).is_empty());
    assert_eq!(w.state.overlay, None);
    assert_eq!(w.state.browser.page, Some(CartsPage::List), "Esc closes the question only");
}

#[test]
fn a_confirmed_cart_deletion_is_sent_then_the_list_is_read_again() {
    let mut w = Wizard::at_plan();
    open_browser(&mut w, several());
    w.act(Action::Down);
    w.act(Action::Delete);
    let effects = w.confirm();
    assert_eq!(effects, [Effect::DeleteCart { cart_id: "manual-7".into() }]);
    assert!(w.state.browser.deleting);
    assert!(w.act(Action::Delete).is_empty(), "one deletion at a time");
    let effects = w.send(Msg::CartDeleted { cart_id: "manual-7".into(), result: Ok(()) });
    assert!(matches!(effects.as_slice(), [Effect::ListCarts { .. }]));
    assert!(!w.state.browser.deleting);
    assert_eq!(w.state.browser.deletion, None);
    assert_eq!(w.state.step, Step::Plan, "another cart: the wizard's is untouched");
    assert!(w.state.pipeline.cart.ready().is_some());
}

#[test]
fn a_failed_deletion_is_shown() {
    let mut w = Wizard::at_plan();
    open_browser(&mut w, several());
    w.act(Action::Delete);
    w.confirm();
    w.send(Msg::CartDeleted { cart_id: "ovh-cart-1".into(), result: Err(server_down()) });
    assert!(w.state.browser.deletion_failure.is_some());
    assert!(!w.state.browser.deleting);
}

#[test]
fn items_and_configurations_are_deleted_after_confirmation_and_the_cart_read_again() {
    let mut w = Wizard::at_plan();
    open_browser(&mut w, several());
    open_detail(&mut w, detail());
    // Rows: the cart, the item, its two configurations.
    w.act(Action::Down);
    assert!(w.act(Action::Delete).is_empty());
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::DeleteItem { cart_id, item_id: 100, .. }] if cart_id == "ovh-cart-1"));
    let req = req_of(&effects[0]);
    let effects = w.send(Msg::CartPartDeleted { req, result: Ok(()) });
    assert!(matches!(&effects[..], [Effect::LoadCart { cart_id, .. }] if cart_id == "ovh-cart-1"));
    let req = req_of(&effects[0]);
    w.send(Msg::CartLoaded { req, result: Ok(detail()) });

    w.acts(&[Action::Down; 3]);
    w.act(Action::Delete);
    assert_eq!(
        w.state.browser.deletion,
        Some(Deletion::Configuration {
            cart_id: "ovh-cart-1".into(),
            item_id: 100,
            configuration_id: 12,
            label: "voucher".into()
        })
    );
    let effects = w.confirm();
    assert!(matches!(&effects[..], [Effect::DeleteConfiguration { configuration_id: 12, item_id: 100, .. }]));
    let req = req_of(&effects[0]);
    w.send(Msg::CartPartDeleted { req, result: Err(server_down()) });
    assert!(w.state.browser.deletion_failure.is_some());
}

#[test]
fn the_wizard_cart_cannot_be_edited_behind_the_steps_but_can_be_deleted() {
    let mut w = Wizard::at_review();
    let cart_id = w.state.cart_id().unwrap().to_owned();
    let own = summary(&cart_id, "ovhcart 2026-11-21T10:00Z", 1, false, false);
    open_browser(&mut w, vec![own.clone()]);
    let mut mine = detail();
    mine.summary = own;
    open_detail(&mut w, mine);
    w.act(Action::Down);
    assert!(w.act(Action::Delete).is_empty());
    assert_eq!(w.state.browser.refusal, Some(CartRefusal::InUse));
    assert_eq!(w.state.overlay, None);

    w.act(Action::Up);
    w.act(Action::Delete);
    let effects = w.confirm();
    assert_eq!(effects, [Effect::DeleteCart { cart_id: cart_id.clone() }]);
    w.send(Msg::CartDeleted { cart_id, result: Ok(()) });
    assert_eq!(w.state.step, Step::Subsidiary, "the wizard starts over without its cart");
    assert_eq!(w.state.cart_id(), None);
    assert!(!w.state.draft.consents.waiver);
    assert!(w.state.draft.name.is_some(), "the draft stays");
    assert_eq!(w.state.browser.page, Some(CartsPage::List));
}

// ---- the start screen ---------------------------------------------------------------------

#[test]
fn the_start_screen_opens_when_open_carts_exist() {
    let w = start_screen();
    assert!(w.state.browser.start_screen);
    assert_eq!(w.state.browser.cursor, 0, "on New order");
    assert_eq!(w.state.browser.highlighted(), None);
}

#[test]
fn new_order_on_the_start_screen_goes_to_the_first_step() {
    let mut w = start_screen();
    assert!(w.confirm().is_empty());
    assert_eq!(w.state.browser.page, None);
    assert_eq!(w.state.step, Step::Subsidiary);
    // Opened again later, the list has no "New order" row.
    w.act(Action::Carts);
    assert!(!w.state.browser.start_screen);
}

#[test]
fn no_start_screen_without_open_carts() {
    let (mut w, req) = starting();
    let closed = vec![summary("a", "x", 1, true, false), summary("b", "y", 0, false, true)];
    w.send(Msg::CartsListed { req, result: Ok(closed) });
    assert_eq!(w.state.browser.page, None);
}

#[test]
fn no_start_screen_once_the_person_has_begun() {
    let (mut w, req) = starting();
    w.key(Key::Down);
    w.send(Msg::CartsListed { req, result: Ok(several()) });
    assert_eq!(w.state.browser.page, None, "it does not pop up under their keys");
    let (mut w, req) = starting();
    w.send(Msg::CartsListed { req, result: Err(server_down()) });
    assert_eq!(w.state.browser.page, None, "a failed list does not stand in the way");
}

// ---- resuming -------------------------------------------------------------------------------

#[test]
fn resume_takes_the_cart_as_it_is_and_opens_the_review() {
    let mut w = start_screen();
    w.act(Action::Down);
    open_detail(&mut w, detail());
    let effects = w.confirm();
    let draft = &w.state.draft;
    assert_eq!(w.state.step, Step::Review);
    assert_eq!(w.state.browser.page, None);
    assert_eq!(draft.subsidiary.map(|s| s.code), Some("FR"), "the account's subsidiary");
    assert_eq!(draft.plan.as_ref().map(|p| p.plan_code.as_str()), Some("project.2018"));
    assert_eq!(draft.name.as_deref(), Some("Projet été"));
    assert_eq!(draft.voucher.as_ref().map(|v| v.code.as_str()), Some("WELCOME50"));
    assert!(!draft.consents.waiver, "consent is never carried over");
    assert_eq!(w.state.cart_id(), Some("ovh-cart-1"));
    assert!(w.state.pipeline.adopted);
    // Nothing is added or sent again: only the quote is read.
    assert!(matches!(&effects[..], [Effect::LoadQuote { cart_id, .. }] if cart_id == "ovh-cart-1"), "{effects:?}");
    w.settle();
    assert!(w.state.quote().is_some());
    // Confirming the same subsidiary keeps the cart; the plan and name too.
    w.acts(&[Action::Back; 4]);
    assert_eq!(w.state.step, Step::Subsidiary);
    let mut sent = w.confirm();
    sent.extend(w.confirm());
    sent.extend(w.confirm());
    sent.extend(w.confirm());
    assert!(sent.is_empty(), "{sent:?}");
    assert_eq!(w.state.step, Step::Review);
}

#[test]
fn resume_opens_the_first_step_the_cart_still_needs() {
    let mut no_name = detail();
    no_name.items[0].configurations.clear();
    let mut w = start_screen();
    w.act(Action::Down);
    open_detail(&mut w, no_name);
    w.confirm();
    assert_eq!(w.state.step, Step::Name);
    assert_eq!(w.state.draft.name, None);
    w.confirm();
    let sent: Vec<_> = w.pending.clone();
    assert!(
        sent.iter().any(|e| matches!(e, Effect::SetConfiguration { cart_id, item_id: 100, label, .. }
            if cart_id == "ovh-cart-1" && label == "description")),
        "{sent:?}"
    );
    assert!(!sent.iter().any(|e| matches!(e, Effect::AddProject { .. })));

    let mut empty = detail();
    empty.items.clear();
    empty.summary.cart.items.clear();
    empty.quote = None;
    let mut w = start_screen();
    w.act(Action::Down);
    open_detail(&mut w, empty);
    w.confirm();
    assert_eq!(w.state.step, Step::Plan);
    let effects = w.confirm();
    assert!(
        matches!(&effects[..], [Effect::AddProject { cart_id, .. }] if cart_id == "ovh-cart-1"),
        "the plan goes into the resumed cart: {effects:?}"
    );
}

#[test]
fn read_only_expired_and_crowded_carts_are_not_resumed() {
    for (mut detail, refusal) in [
        (detail(), CartRefusal::ReadOnly),
        (detail(), CartRefusal::Expired),
        (detail(), CartRefusal::SeveralProjects),
        (detail(), CartRefusal::NoOffers),
    ] {
        match refusal {
            CartRefusal::ReadOnly => detail.summary.cart.read_only = true,
            CartRefusal::Expired => detail.summary.expired = true,
            CartRefusal::SeveralProjects => detail.items.push(project_item(101, vec![])),
            _ => detail.offers = Some(Err(server_down())),
        }
        let viewable_only = matches!(refusal, CartRefusal::ReadOnly | CartRefusal::Expired);
        let mut w = start_screen();
        w.act(Action::Down);
        open_detail(&mut w, detail);
        assert_eq!(keymap::footer(&w.state).iter().any(|b| b.label == "enter"), !viewable_only, "{refusal:?}");
        assert!(w.enter().is_empty());
        // Enter does nothing where the page already says why; elsewhere it explains.
        let expected = if viewable_only { None } else { Some(refusal) };
        assert_eq!(w.state.browser.refusal, expected);
        assert_eq!(w.state.browser.page, Some(CartsPage::Detail), "the cart can still be viewed");
        assert_eq!(w.state.cart_id(), None);
        assert_eq!(w.state.step, Step::Subsidiary);
    }
}

#[test]
fn resuming_drops_the_cart_this_session_made_but_another_subsidiary_keeps_the_resumed_one() {
    let mut w = Wizard::at_plan();
    let made = w.state.cart_id().unwrap().to_owned();
    open_browser(&mut w, several());
    open_detail(&mut w, detail());
    let effects = w.confirm();
    assert!(effects.contains(&Effect::DeleteCart { cart_id: made }), "{effects:?}");
    w.settle();
    w.acts(&[Action::Back; 4]);
    assert_eq!(w.state.step, Step::Subsidiary);
    w.act(Action::Back); // clears the filter typed earlier
    w.choose_subsidiary("DE");
    let prepare = w.take(|e| matches!(e, Effect::PrepareCart { .. }));
    assert!(matches!(prepare, Effect::PrepareCart { replaces: None, .. }), "the person's cart stays: {prepare:?}");
}

#[test]
fn every_browser_binding_has_a_hint_and_ctrl_c() {
    for context in [Context::Carts, Context::CartDetail, Context::ConfirmDelete] {
        let bindings = keymap::bindings(context);
        assert!(bindings.iter().all(|b| !b.hint.is_empty() && !b.keys.is_empty()));
        assert!(bindings.iter().any(|b| b.keys.contains(&Key::Ctrl('c'))), "{context:?}");
    }
}
