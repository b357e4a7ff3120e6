//! The cart browser's reads, run by the effect executor: the account's carts, and one cart
//! with everything the detail page shows, each independent read at the same time.

use chrono::{DateTime, Utc};

use crate::api::flow;
use crate::api::models::Cart;
use crate::api::{ApiError, Client, ErrorKind};
use crate::app::carts::{CartDetail, CartItem, CartSummary};

/// Whether `cart` had expired at `now`. An expiry that cannot be read is not taken as past.
fn is_expired(cart: &Cart, now: DateTime<Utc>) -> bool {
    cart.expire
        .as_deref()
        .and_then(|expire| DateTime::parse_from_rfc3339(expire).ok())
        .is_some_and(|expire| expire < now)
}

fn summary(cart: Cart, now: DateTime<Utc>) -> CartSummary {
    CartSummary {
        made_by_ovhcart: flow::is_ovhcart_cart(&cart),
        expired: is_expired(&cart, now),
        checkout_unknown: false,
        cart,
    }
}

/// The account's carts, read at the same time. One gone between the listing and its read
/// (expired, deleted elsewhere) is no longer a cart and is left out. `unsettled` names the
/// carts whose checkout's outcome the journal holds as unknown.
pub async fn list_carts(client: &Client, unsettled: &[String]) -> Result<Vec<CartSummary>, ApiError> {
    let ids = flow::list_carts(client, None).await?;
    let carts = futures::future::join_all(ids.iter().map(|id| flow::get_cart(client, id))).await;
    let now = Utc::now();
    let mut summaries = Vec::new();
    for cart in carts {
        match cart {
            Ok(cart) => {
                let checkout_unknown = unsettled.contains(&cart.cart_id);
                summaries.push(CartSummary { checkout_unknown, ..summary(cart, now) });
            }
            Err(e) if e.kind == ErrorKind::CartNotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(summaries)
}

/// The cart and its items first; then, at the same time, each item's configurations, the
/// quote (for an open cart with items) and the offers (to resume an open cart).
pub async fn load_cart(client: &Client, cart_id: &str) -> Result<CartDetail, ApiError> {
    let (cart, items) = tokio::join!(flow::get_cart(client, cart_id), flow::list_items(client, cart_id));
    let summary = summary(cart?, Utc::now());
    let items = items?;
    let open = summary.is_open();
    let quoting = async { if open && !items.is_empty() { Some(flow::quote(client, cart_id).await) } else { None } };
    let offering = async { if open { Some(flow::list_offers(client, cart_id).await) } else { None } };
    let configuring =
        futures::future::join_all(items.iter().map(|item| flow::configurations(client, cart_id, item.item_id, None)));
    let (quote, offers, configurations) = tokio::join!(quoting, offering, configuring);
    let items = items
        .into_iter()
        .zip(configurations)
        .map(|(item, configurations)| Ok(CartItem { item, configurations: configurations? }))
        .collect::<Result<_, ApiError>>()?;
    Ok(CartDetail { summary, items, quote, offers })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_is_read_from_the_api_date() {
        let cart = |expire: Option<&str>| Cart {
            cart_id: "c".into(),
            description: String::new(),
            expire: expire.map(str::to_owned),
            items: vec![],
            read_only: false,
        };
        let now = DateTime::parse_from_rfc3339("2026-11-21T10:00:00+00:00").unwrap().with_timezone(&Utc);
        assert!(is_expired(&cart(Some("2026-11-21T09:59:00+00:00")), now));
        assert!(!is_expired(&cart(Some("2026-11-21T11:00:00+01:00")), now));
        assert!(!is_expired(&cart(Some("soon")), now));
        assert!(!is_expired(&cart(None), now));
    }
}
