//! The OVHcloud API client: endpoints, configuration, signing, HTTP, models and the
//! order flow. Knows no screen.

pub mod client;
pub mod config;
pub mod endpoints;
pub mod error;
pub mod flow;
pub mod login;
pub mod models;
pub mod products;
pub mod rights;
pub mod secret;
pub mod sign;

pub use client::Client;
pub use endpoints::Endpoint;
pub use error::{ApiError, ErrorKind};
pub use secret::Secret;
