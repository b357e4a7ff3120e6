//! The HDS certification option on the plan step: a box, unticked by default, ticked only
//! by Space or a click on its row (never by Enter), added to and removed from the project
//! item, shown in the review and the receipt, found again in a resumed cart; snapshots of
//! the plan step with the box, and with the option not sold.

mod common;

use common::carts::{detail, viewing};
use common::fixtures::*;
use common::scripted::Wizard;
use common::snapshot::{SIZES, rows, snap};
use ovhcart::api::models::{Item, ItemSettings, OptionOffer, ProductOffer, ProductPricing};
use ovhcart::app::*;
use ovhcart::tui::view::hit;
use ratatui::layout::Rect;

fn hds_offer() -> OptionOffer {
    OptionOffer {
        offer: ProductOffer {
            plan_code: "certification.hds.2018".into(),
            product_name: "HDS certification for a Public Cloud project".into(),
            product_type: "cloud_service".into(),
            prices: vec![ProductPricing {
                capacities: vec!["installation".into(), "renew".into()],
                description: "HDS certification".into(),
                duration: "P1M".into(),
                interval: 1,
                maximum_quantity: Some(1),
                maximum_repeat: Some(1),
                minimum_quantity: 1,
                minimum_repeat: 1,
                price: price("15.00 €", 15.0),
                price_in_ucents: 1_500_000_000,
                pricing_mode: "default".into(),
                pricing_type: "rental".into(),
            }],
        },
        exclusive: false,
        family: "certification-hds".into(),
        mandatory: false,
    }
}

/// On the plan step of a cart whose project plan is sold with the HDS option (`sold`), or
/// whose options were read and do not include it.
fn at_plan(sold: bool) -> Wizard {
    let mut w = Wizard::new();
    w.settle();
    w.choose_subsidiary("FR");
    let options = if sold { vec![hds_offer()] } else { vec![] };
    w.answer(
        |e| matches!(e, Effect::PrepareCart { .. }),
        |req| {
            let mut cart = cart(&format!("cart-{req}"), "FR");
            cart.options = vec![("project.2018".into(), options), ("project.discovery".into(), vec![])];
            Msg::CartReady { req, result: Ok(cart) }
        },
    );
    w.settle();
    assert_eq!(w.state.step, Step::Plan);
    w
}

fn click_on(state: &State, size: (u16, u16), needle: &str) -> Option<Click> {
    let rows = rows(state, size.0, size.1);
    let (x, y) = rows
        .iter()
        .enumerate()
        .find_map(|(y, row)| row.find(needle).map(|byte| (row[..byte].chars().count(), y)))
        .unwrap_or_else(|| panic!("{needle:?} not on screen:\n{}", rows.join("\n")));
    hit::click(state, Rect::new(0, 0, size.0, size.1), u16::try_from(x).unwrap(), u16::try_from(y).unwrap())
}

fn footer(w: &Wizard) -> Vec<&'static str> {
    keymap::footer(&w.state).iter().map(|b| b.label).collect()
}

#[test]
fn the_box_is_unticked_by_default_and_enter_never_ticks_it() {
    let mut w = at_plan(true);
    assert!(!w.state.wants_option(OptionKind::Hds));
    assert!(rows(&w.state, 80, 24).iter().any(|row| row.contains("[ ] HDS certification")));
    assert!(footer(&w).contains(&"space"), "{:?}", footer(&w));
    // Enter chooses the plan, and only the plan.
    let effects = w.enter();
    assert_eq!(w.state.step, Step::Name);
    assert!(!w.state.wants_option(OptionKind::Hds));
    assert!(effects.iter().all(|e| !matches!(e, Effect::AddOption { .. })), "{effects:?}");
    w.settle();
    assert!(w.unanswered.iter().chain(&w.pending).all(|e| !matches!(e, Effect::AddOption { .. })));
}

#[test]
fn space_ticks_the_box_and_the_option_is_added_once_the_project_item_exists() {
    let mut w = at_plan(true);
    assert!(w.key(Key::Char(' ')).is_empty(), "nothing to add to yet: the plan is not chosen");
    assert!(w.state.wants_option(OptionKind::Hds));
    assert!(rows(&w.state, 80, 24).iter().any(|row| row.contains("[x] HDS certification")));
    let effects = w.enter();
    let add = w.take(|e| matches!(e, Effect::AddProject { .. }));
    assert!(effects.contains(&add));
    let effects = w.send(success(&add).unwrap());
    let [Effect::AddOption { item_id, option, .. }] = &effects[..] else { panic!("{effects:?}") };
    assert_eq!(*item_id, w.state.pipeline.item.ready().unwrap().item_id);
    assert_eq!(
        (option.plan_code.as_str(), option.duration.as_str(), option.pricing_mode.as_str()),
        ("certification.hds.2018", "P1M", "default"),
        "the renew price"
    );
    w.settle();
    assert_eq!(w.state.pipeline.options.applied, [OptionKind::Hds]);
}

#[test]
fn unticking_removes_the_option_and_the_quote_waits_for_it() {
    let mut w = at_plan(true);
    w.key(Key::Char(' '));
    w.enter();
    w.settle();
    assert_eq!(w.state.pipeline.options.applied, [OptionKind::Hds]);
    w.key(Key::Esc);
    assert_eq!(w.state.step, Step::Plan);
    let effects = w.key(Key::Char(' '));
    assert!(!w.state.wants_option(OptionKind::Hds));
    assert!(
        matches!(&effects[..], [Effect::RemoveOption { kind: OptionKind::Hds, .. }]),
        "removed from the project item: {effects:?}"
    );
    assert!(!w.state.cart_settled(), "no quote before the cart holds what the draft asks");
    w.settle();
    assert!(w.state.pipeline.options.applied.is_empty());
}

#[test]
fn ticking_unticks_the_consents_given_for_the_order_without_it() {
    let mut w = at_plan(true);
    w.enter();
    w.enter();
    w.enter();
    w.settle();
    w.tick_all();
    assert!(w.state.draft.consents.waiver && w.state.draft.consents.contracts.is_some());
    w.keys(&[Key::Esc, Key::Esc, Key::Esc]);
    assert_eq!(w.state.step, Step::Plan);
    w.key(Key::Char(' '));
    assert_eq!(w.state.draft.consents, Default::default(), "consent is given for the order as it is");
    // And removing it again: unticked too.
    w.keys(&[Key::Enter, Key::Enter, Key::Enter]);
    w.settle();
    w.tick_all();
    w.keys(&[Key::Esc, Key::Esc, Key::Esc]);
    w.key(Key::Char(' '));
    assert_eq!(w.state.draft.consents, Default::default(), "an option removed: another order");
    w.keys(&[Key::Enter, Key::Enter, Key::Enter]);
    w.settle();
    assert_eq!(w.state.review.refusal, Some(ovhcart::app::screens::OrderRefusal::ConsentsOrderChanged));
}

#[test]
fn only_a_click_on_its_own_row_ticks_the_box() {
    let mut w = at_plan(true);
    for size in SIZES {
        assert_eq!(click_on(&w.state, size, "HDS certification"), Some(Click::PlanOption(OptionKind::Hds)), "{size:?}");
        assert_eq!(click_on(&w.state, size, "Needed to host"), None, "{size:?}: the explanation is not the box");
    }
    w.send(Msg::Click(Click::Plan(0)));
    assert!(!w.state.wants_option(OptionKind::Hds));
    w.send(Msg::Click(Click::PlanOption(OptionKind::Hds)));
    assert!(w.state.wants_option(OptionKind::Hds));
    w.send(Msg::Click(Click::PlanOption(OptionKind::Hds)));
    assert!(!w.state.wants_option(OptionKind::Hds));
}

#[test]
fn a_plan_not_sold_with_it_says_so_and_has_no_box() {
    let mut w = at_plan(false);
    assert!(rows(&w.state, 80, 24).iter().any(|row| row.contains("not sold with this plan")));
    assert!(!footer(&w).contains(&"space"));
    assert!(w.key(Key::Char(' ')).is_empty());
    assert!(!w.state.wants_option(OptionKind::Hds));
}

/// Choosing a plan that is not sold with the option drops the wish.
#[test]
fn the_option_goes_with_the_plan_that_sells_it() {
    let mut w = at_plan(true);
    w.key(Key::Char(' '));
    w.key(Key::Down);
    assert!(!keymap::is_available(&w.state, keymap::Action::Toggle), "the discovery plan is not sold with it");
    w.key(Key::Up);
    w.enter();
    assert!(w.state.wants_option(OptionKind::Hds));
}

#[test]
fn the_review_and_the_receipt_name_the_option() {
    let mut w = at_plan(true);
    w.key(Key::Char(' '));
    w.enter();
    w.enter();
    w.enter();
    w.settle();
    assert_eq!(w.state.step, Step::Review);
    let drawn = rows(&w.state, 120, 40);
    assert!(
        drawn.iter().any(|row| row.contains("Option") && row.contains("HDS certification")),
        "{}",
        drawn.join("\n")
    );
    w.tick_all();
    w.focus(ovhcart::app::screens::ReviewFocus::PlaceOrder);
    w.enter();
    w.key(Key::Char('y'));
    let Effect::Checkout { receipt, .. } = w.take(|e| matches!(e, Effect::Checkout { .. })) else { unreachable!() };
    assert_eq!(receipt.options, ["certification.hds.2018"]);
    assert_eq!(receipt.plan_code, "project.2018");
}

#[test]
fn a_resumed_cart_keeps_its_option() {
    let mut opened = detail();
    opened.items.push(ovhcart::app::carts::CartItem {
        item: Item {
            cart_id: "ovh-cart-1".into(),
            configurations: Some(vec![]),
            duration: Some("P1M".into()),
            item_id: 101,
            offer_id: None,
            options: vec![],
            parent_item_id: Some(100),
            prices: vec![],
            product_id: "cloud".into(),
            settings: ItemSettings {
                plan_code: Some("certification.hds.2018".into()),
                pricing_mode: Some("default".into()),
                quantity: Some(1),
            },
        },
        configurations: vec![],
    });
    opened.options = vec![("project.2018".into(), vec![hds_offer()])];
    let mut w = viewing(opened);
    w.pending.clear();
    w.enter();
    assert!(!w.state.browser.is_open(), "resumed");
    assert!(w.state.wants_option(OptionKind::Hds));
    assert_eq!(w.state.pipeline.options.applied, [OptionKind::Hds]);
    assert!(
        w.pending.iter().all(|e| !matches!(e, Effect::AddOption { .. } | Effect::RemoveOption { .. })),
        "nothing sent again: {:?}",
        w.pending
    );
}

#[test]
fn plan_with_the_box() {
    let mut w = at_plan(true);
    snap!("plan_hds", &w.state);
    w.key(Key::Char(' '));
    snap!("plan_hds_ticked", &w.state);
}

#[test]
fn plan_not_sold_with_the_option() {
    snap!("plan_hds_not_sold", &at_plan(false).state);
}
