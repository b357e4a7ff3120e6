//! The account's carts, and one cart with everything in it: the one way every front end
//! lists them (the wizard's cart browser, `ovhcart carts`, `ovhcart cart show`). Each
//! independent read runs at the same time.

use chrono::{DateTime, Utc};

use crate::api::client::Client;
use crate::api::error::{ApiError, ErrorKind};
use crate::api::models::{Cart, ConfigurationItem, Item, OptionOffer, Order, ProductOffer};

/// A cart as read, and whether its expiry date had passed then.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedCart {
    pub cart: Cart,
    pub expired: bool,
}

impl ListedCart {
    fn new(cart: Cart, now: DateTime<Utc>) -> ListedCart {
        ListedCart { expired: is_expired(&cart, now), cart }
    }

    /// Can still be ordered from: not checked out, not expired.
    pub fn is_open(&self) -> bool {
        !self.cart.read_only && !self.expired
    }
}

/// Whether `cart` had expired at `now`. An expiry that cannot be read is not taken as past.
pub fn is_expired(cart: &Cart, now: DateTime<Utc>) -> bool {
    cart.expire
        .as_deref()
        .and_then(|expire| DateTime::parse_from_rfc3339(expire).ok())
        .is_some_and(|expire| expire < now)
}

/// The account's carts, each read at the same time. One gone between the listing and its
/// read (expired, deleted elsewhere) is no longer a cart and is left out.
pub async fn read_carts(client: &Client) -> Result<Vec<ListedCart>, ApiError> {
    let ids = super::list_carts(client, None).await?;
    let carts = futures::future::join_all(ids.iter().map(|id| super::get_cart(client, id))).await;
    let now = Utc::now();
    let mut listed = Vec::new();
    for cart in carts {
        match cart {
            Ok(cart) => listed.push(ListedCart::new(cart, now)),
            Err(e) if e.kind == ErrorKind::CartNotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(listed)
}

/// An item of a cart, with its configurations.
#[derive(Debug, Clone, PartialEq)]
pub struct CartItem {
    pub item: Item,
    pub configurations: Vec<ConfigurationItem>,
}

/// One cart with its items and configurations; its quote and (when asked, to resume it)
/// its offers and their options, kept apart so that failing to read them hides nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct CartContents {
    pub cart: ListedCart,
    pub items: Vec<CartItem>,
    /// `None`: not asked (a read-only, expired or empty cart has no quote to read).
    pub quote: Option<Result<Order, ApiError>>,
    /// `None`: not asked (not wanted, or a cart that cannot be resumed).
    pub offers: Option<Result<Vec<ProductOffer>, ApiError>>,
    /// The options of each offered plan that could be read, by plan code.
    pub options: Vec<(String, Vec<OptionOffer>)>,
}

/// The cart and its items first; then, at the same time, each item's configurations, the
/// quote (for an open cart with items) and, with `offers`, the offers of an open cart and
/// their options (what resuming it needs).
pub async fn read_cart(client: &Client, cart_id: &str, offers: bool) -> Result<CartContents, ApiError> {
    let (cart, items) = tokio::join!(super::get_cart(client, cart_id), super::list_items(client, cart_id));
    let cart = ListedCart::new(cart?, Utc::now());
    let items = items?;
    let open = cart.is_open();
    let quoting = async { if open && !items.is_empty() { Some(super::quote(client, cart_id).await) } else { None } };
    let offering = async {
        if !(open && offers) {
            return (None, Vec::new());
        }
        let offers = super::list_offers(client, cart_id).await;
        let options = match &offers {
            Ok(offers) => plan_options(client, cart_id, offers).await,
            Err(_) => Vec::new(),
        };
        (Some(offers), options)
    };
    let configuring =
        futures::future::join_all(items.iter().map(|item| super::configurations(client, cart_id, item.item_id, None)));
    let (quote, (offers, options), configurations) = tokio::join!(quoting, offering, configuring);
    let items = items
        .into_iter()
        .zip(configurations)
        .map(|(item, configurations)| Ok(CartItem { item, configurations: configurations? }))
        .collect::<Result<_, ApiError>>()?;
    Ok(CartContents { cart, items, quote, offers, options })
}

/// The options of each offer's plan, read at the same time. A plan whose options cannot be
/// read is left out: nothing is said about its options (the order goes on without them).
pub async fn plan_options(client: &Client, cart_id: &str, offers: &[ProductOffer]) -> Vec<(String, Vec<OptionOffer>)> {
    let reads =
        futures::future::join_all(offers.iter().map(|offer| super::list_options(client, cart_id, &offer.plan_code)))
            .await;
    offers
        .iter()
        .zip(reads)
        .filter_map(|(offer, read)| match read {
            Ok(options) => Some((offer.plan_code.clone(), options)),
            Err(error) => {
                tracing::warn!(%error, plan = offer.plan_code, "the plan's options could not be read");
                None
            }
        })
        .collect()
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
