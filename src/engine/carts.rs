//! The cart browser's reads, run by the effect executor with `api::flow`'s listing (the one
//! the commands use too), marked with what the journal knows.

use crate::api::flow;
use crate::api::{ApiError, Client};
use crate::app::carts::{CartDetail, CartSummary};

/// The account's carts. `unsettled` names the carts whose checkout's outcome the journal
/// holds as unknown.
pub async fn list_carts(client: &Client, unsettled: &[String]) -> Result<Vec<CartSummary>, ApiError> {
    let carts = flow::read_carts(client).await?;
    Ok(carts
        .into_iter()
        .map(|listed| {
            let checkout_unknown = unsettled.contains(&listed.cart.cart_id);
            CartSummary { checkout_unknown, ..CartSummary::from(listed) }
        })
        .collect())
}

/// The cart with everything the detail page shows, offers included (to resume it).
pub async fn load_cart(client: &Client, cart_id: &str) -> Result<CartDetail, ApiError> {
    flow::read_cart(client, cart_id, true).await.map(CartDetail::from)
}
