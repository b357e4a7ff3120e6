//! Fixtures for the cart browser: carts as the list shows them, and an opened cart.

use ovhcart::api::models::*;
use ovhcart::app::carts::{CartDetail, CartItem, CartSummary};

use ovhcart::app::keymap::Action;
use ovhcart::app::{Effect, Msg};

use super::fixtures::{offers, price, quote};
use super::scripted::Wizard;

pub fn summary(id: &str, description: &str, items: usize, read_only: bool, expired: bool) -> CartSummary {
    CartSummary {
        cart: Cart {
            cart_id: id.into(),
            description: description.into(),
            expire: Some("2026-11-22T10:00:00+00:00".into()),
            items: (0..items as i64).map(|n| 100 + n).collect(),
            read_only,
        },
        made_by_ovhcart: description.starts_with("ovhcart "),
        expired,
        checkout_unknown: false,
    }
}

/// An ovhcart cart, a read-only one of the person's, and an expired one.
pub fn several() -> Vec<CartSummary> {
    vec![
        summary("ovh-cart-1", "ovhcart 2026-11-21T09:30Z", 1, false, false),
        summary("manual-7", "Summer project (ordered)", 2, true, false),
        summary("old-3", "", 0, false, true),
    ]
}

pub fn configuration(id: i64, label: &str, value: &str) -> ConfigurationItem {
    ConfigurationItem { id, label: label.into(), value: value.into() }
}

pub fn project_item(item_id: i64, configurations: Vec<ConfigurationItem>) -> CartItem {
    CartItem {
        item: Item {
            cart_id: "ovh-cart-1".into(),
            configurations: Some(configurations.iter().map(|c| c.id).collect()),
            duration: Some("P1M".into()),
            item_id,
            offer_id: None,
            options: vec![],
            parent_item_id: None,
            prices: vec![ItemPrice { label: "TOTAL".into(), price: price("0.00 €", 0.0), promotions: None }],
            product_id: "cloud".into(),
            settings: ItemSettings {
                plan_code: Some("project.2018".into()),
                pricing_mode: Some("default".into()),
                quantity: Some(1),
            },
        },
        configurations,
    }
}

/// The ovhcart cart of `several()`, opened: a project named and with a voucher, its quote.
pub fn detail() -> CartDetail {
    let configurations =
        vec![configuration(11, "description", "Projet été"), configuration(12, "voucher", "WELCOME50")];
    CartDetail {
        summary: summary("ovh-cart-1", "ovhcart 2026-11-21T09:30Z", 1, false, false),
        items: vec![project_item(100, configurations)],
        quote: Some(Ok(quote(true))),
        offers: Some(Ok(offers())),
        options: vec![],
    }
}

pub fn list_req(w: &mut Wizard) -> u64 {
    match w.take(|e| matches!(e, Effect::ListCarts { .. })) {
        Effect::ListCarts { req } => req,
        _ => unreachable!(),
    }
}

/// On the plan step, the browser opened (`c`) and its list answered.
pub fn browsing(carts: Vec<CartSummary>) -> Wizard {
    let mut w = Wizard::at_plan();
    w.act(Action::Carts);
    let req = list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Ok(carts) });
    w
}

/// The first cart of the list opened, answered with `detail`.
pub fn viewing(detail: CartDetail) -> Wizard {
    let mut w = browsing(several());
    w.confirm();
    let Effect::LoadCart { req, .. } = w.take(|e| matches!(e, Effect::LoadCart { .. })) else { unreachable!() };
    w.send(Msg::CartLoaded { req, result: Ok(detail) });
    w
}
