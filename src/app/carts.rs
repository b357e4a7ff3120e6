//! The cart browser's data and sub-state: the account's carts, one cart opened with its
//! items, configurations and quote, and what is about to be deleted. The data is what
//! `api::flow::{read_carts, read_cart}` reads for every front end, taken in here by `From`.

use crate::api::error::ApiError;
use crate::api::flow::{CartContents, ListedCart};
use crate::api::models::{Cart, OptionOffer, Order, ProductOffer};

pub use crate::api::flow::CartItem;

use super::state::{Failure, Remote};

/// One cart of the account, as the list shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct CartSummary {
    pub cart: Cart,
    /// Its description says ovhcart made it (`api::flow::is_ovhcart_cart`).
    pub made_by_ovhcart: bool,
    /// Its expiry date has passed when it was read (the runtime has the clock).
    pub expired: bool,
    /// The journal holds a checkout of this cart whose outcome was never settled: it may
    /// have been ordered. Opening it checks.
    pub checkout_unknown: bool,
}

impl From<ListedCart> for CartSummary {
    fn from(listed: ListedCart) -> CartSummary {
        CartSummary {
            made_by_ovhcart: crate::api::flow::is_ovhcart_cart(&listed.cart),
            expired: listed.expired,
            checkout_unknown: false,
            cart: listed.cart,
        }
    }
}

impl CartSummary {
    /// Can still be ordered from: not checked out, not expired.
    pub fn is_open(&self) -> bool {
        !self.cart.read_only && !self.expired
    }

    pub fn item_count(&self) -> usize {
        self.cart.items.len()
    }
}

/// Everything the detail page shows. The quote and the offers are kept apart from the
/// items, so that failing to read them hides nothing else.
#[derive(Debug, Clone, PartialEq)]
pub struct CartDetail {
    pub summary: CartSummary,
    pub items: Vec<CartItem>,
    /// `None`: not asked (a read-only or empty cart has no quote to read).
    pub quote: Option<Result<Order, ApiError>>,
    /// The Public Cloud offers of the cart, needed to resume it. `None`: not asked
    /// (a cart that cannot be resumed).
    pub offers: Option<Result<Vec<ProductOffer>, ApiError>>,
    /// The options of each offered plan that could be read, by plan code.
    pub options: Vec<(String, Vec<OptionOffer>)>,
}

impl From<CartContents> for CartDetail {
    fn from(contents: CartContents) -> CartDetail {
        CartDetail {
            summary: contents.cart.into(),
            items: contents.items,
            quote: contents.quote,
            offers: contents.offers,
            options: contents.options,
        }
    }
}

impl CartDetail {
    /// The rows the cursor moves over: the cart, then each item followed by its configurations.
    pub fn rows(&self) -> Vec<DetailRow> {
        let mut rows = vec![DetailRow::Cart];
        for (item, entry) in self.items.iter().enumerate() {
            rows.push(DetailRow::Item(item));
            rows.extend(
                (0..entry.configurations.len()).map(|configuration| DetailRow::Configuration(item, configuration)),
            );
        }
        rows
    }

    /// What deleting `row` would delete.
    pub fn deletion(&self, row: DetailRow) -> Option<Deletion> {
        let cart_id = self.summary.cart.cart_id.clone();
        Some(match row {
            DetailRow::Cart => Deletion::Cart { cart_id },
            DetailRow::Item(item) => Deletion::Item { cart_id, item_id: self.items.get(item)?.item.item_id },
            DetailRow::Configuration(item, configuration) => {
                let entry = self.items.get(item)?;
                let configuration = entry.configurations.get(configuration)?;
                Deletion::Configuration {
                    cart_id,
                    item_id: entry.item.item_id,
                    configuration_id: configuration.id,
                    label: configuration.label.clone(),
                }
            }
        })
    }
}

/// A row of the detail page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailRow {
    Cart,
    /// Index into `CartDetail::items`.
    Item(usize),
    /// Item index, then configuration index.
    Configuration(usize, usize),
}

/// Something the person asked to delete, awaiting confirmation or the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deletion {
    Cart { cart_id: String },
    Item { cart_id: String, item_id: i64 },
    Configuration { cart_id: String, item_id: i64, configuration_id: i64, label: String },
}

impl Deletion {
    pub fn cart_id(&self) -> &str {
        match self {
            Deletion::Cart { cart_id } | Deletion::Item { cart_id, .. } | Deletion::Configuration { cart_id, .. } => {
                cart_id
            }
        }
    }
}

/// Which page of the browser is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CartsPage {
    List,
    Detail,
}

/// Why a cart cannot be resumed (or a part of it deleted), shown on the detail page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CartRefusal {
    ReadOnly,
    Expired,
    /// The wizard holds one project per cart.
    SeveralProjects,
    /// The offers of the cart could not be read.
    NoOffers,
    /// This session has placed its order already.
    OrderPlaced,
    /// The wizard is filling this cart: its parts change through the steps.
    InUse,
}

impl CartRefusal {
    pub fn msgid(self) -> &'static str {
        match self {
            CartRefusal::ReadOnly => msgid!("carts-refused-read-only"),
            CartRefusal::Expired => msgid!("carts-refused-expired"),
            CartRefusal::SeveralProjects => msgid!("carts-refused-several"),
            CartRefusal::NoOffers => msgid!("carts-refused-offers"),
            CartRefusal::OrderPlaced => msgid!("carts-refused-ordered"),
            CartRefusal::InUse => msgid!("carts-refused-in-use"),
        }
    }
}

/// The browser's state. It stays in memory when closed, so reopening shows the last list
/// at once while a fresh one is read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CartBrowser {
    /// `None`: closed, the wizard's step is shown.
    pub page: Option<CartsPage>,
    /// Shown at start because open carts exist: the list begins with a "New order" row.
    pub start_screen: bool,
    /// The start screen may still open itself: nothing has been pressed yet.
    pub may_open_at_start: bool,
    pub carts: Remote<Vec<CartSummary>>,
    /// Row of the list (on the start screen, row 0 is "New order").
    pub cursor: usize,
    /// The cart opened on the detail page.
    pub detail: Remote<CartDetail>,
    pub detail_cursor: usize,
    /// Awaiting the person's confirmation (the overlay is open) or the server's answer.
    pub deletion: Option<Deletion>,
    pub deleting: bool,
    pub deletion_failure: Option<Failure>,
    pub refusal: Option<CartRefusal>,
}

impl CartBrowser {
    pub fn is_open(&self) -> bool {
        self.page.is_some()
    }

    /// The rows of the list before the first cart.
    pub fn leading_rows(&self) -> usize {
        usize::from(self.start_screen)
    }

    /// The cart under the list's cursor (`None` on "New order" or with no list).
    pub fn highlighted(&self) -> Option<&CartSummary> {
        let carts = self.carts.ready()?;
        self.cursor.checked_sub(self.leading_rows()).and_then(|index| carts.get(index))
    }

    /// The detail page's highlighted row.
    pub fn detail_row(&self) -> Option<DetailRow> {
        let rows = self.detail.ready()?.rows();
        rows.get(self.detail_cursor.min(rows.len().saturating_sub(1))).copied()
    }
}
