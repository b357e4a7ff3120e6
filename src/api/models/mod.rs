//! Serde types for the JSON shapes of the OVHcloud API v6 that ovhcart uses.
//!
//! One definition per shape, shared by the client and the sandbox. Unknown fields are
//! ignored on input; fields the schema marks nullable are `Option`. Amounts are carried
//! as [`Price`], whose `value` is for display only: anything that adds money up works
//! in `priceInUcents` (10^-8 of the currency unit).

pub mod auth;
pub mod cart;
pub mod cloud;
pub mod error;
pub mod me;
pub mod order;

pub use auth::*;
pub use cart::*;
pub use cloud::*;
pub use error::*;
pub use me::*;
pub use order::*;
