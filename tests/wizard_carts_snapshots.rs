//! The cart browser drawn at 80x24 and 120x40: the list (empty, several carts, the start
//! screen, a long list scrolled), a cart (with configurations and quote, with a quote
//! error, refused), and the deletion questions.

mod common;

use common::carts::*;
use common::fixtures::*;
use common::scripted::Wizard;
use common::snapshot;
use ovhcart::app::keymap::Action;
use ovhcart::app::*;

fn snap(name: &str, state: &State) {
    snapshot::snap!(name, state);
}

#[test]
fn list_loading() {
    let mut w = Wizard::at_plan();
    w.act(Action::Carts);
    snap("carts_loading", &w.state);
}

#[test]
fn list_empty() {
    snap("carts_empty", &browsing(vec![]).state);
}

#[test]
fn list_several_with_a_read_only_and_an_expired_cart() {
    let mut w = browsing(several());
    w.act(Action::Down);
    snap("carts_several", &w.state);
}

#[test]
fn list_long_scrolls_to_the_cursor() {
    let carts =
        (1..=30).map(|n| summary(&format!("cart-{n}"), &format!("Cart number {n}"), n % 3, false, false)).collect();
    let mut w = browsing(carts);
    w.acts(&[Action::Down; 25]);
    snap("carts_long", &w.state);
}

/// A cart the journal holds a checkout of unknown outcome for says so; opening it checks.
#[test]
fn list_with_a_cart_of_unknown_outcome_and_its_check() {
    let mut lost = summary("lost-9", "ovhcart 2026-11-20T18:00Z", 1, false, false);
    lost.checkout_unknown = true;
    let mut carts = vec![lost];
    carts.extend(several());
    let mut w = browsing(carts);
    snap("carts_outcome_unknown", &w.state);
    w.confirm();
    snap("carts_outcome_unknown_checking", &w.state);
}

#[test]
fn list_failed() {
    let mut w = Wizard::at_plan();
    w.act(Action::Carts);
    let req = list_req(&mut w);
    w.send(Msg::CartsListed { req, result: Err(server_down()) });
    snap("carts_failed", &w.state);
}

#[test]
fn start_screen() {
    let mut w = Wizard::new();
    let req = list_req(&mut w);
    w.settle();
    w.send(Msg::CartsListed { req, result: Ok(several()) });
    snap("carts_start", &w.state);
}

#[test]
fn detail_with_configurations_and_quote() {
    let mut w = viewing(detail());
    w.acts(&[Action::Down; 2]);
    snap("cart_detail", &w.state);
}

#[test]
fn detail_loading() {
    let mut w = browsing(several());
    w.confirm();
    snap("cart_detail_loading", &w.state);
}

#[test]
fn detail_with_a_quote_error() {
    let mut broken = detail();
    broken.quote = Some(Err(server_down()));
    snap("cart_detail_quote_error", &viewing(broken).state);
}

#[test]
fn detail_read_only_viewable_only() {
    let mut ordered = detail();
    ordered.summary = summary("manual-7", "Summer project (ordered)", 1, true, false);
    ordered.quote = None;
    ordered.offers = None;
    snap("cart_detail_read_only", &viewing(ordered).state);
}

#[test]
fn confirm_delete_cart() {
    let mut w = browsing(several());
    w.act(Action::Delete);
    snap("confirm_delete_cart", &w.state);
}

#[test]
fn confirm_delete_item() {
    let mut w = viewing(detail());
    w.act(Action::Down);
    w.act(Action::Delete);
    snap("confirm_delete_item", &w.state);
}

#[test]
fn confirm_delete_configuration() {
    let mut w = viewing(detail());
    w.acts(&[Action::Down; 2]);
    w.act(Action::Delete);
    snap("confirm_delete_configuration", &w.state);
}

#[test]
fn detail_resume_refused() {
    let mut crowded = detail();
    crowded.items.push(project_item(101, vec![]));
    let mut w = viewing(crowded);
    w.confirm();
    snap("cart_detail_refused", &w.state);
}

#[test]
fn help_lists_the_browser_keys() {
    let mut w = viewing(detail());
    w.act(Action::Help);
    snap("cart_detail_help", &w.state);
}
