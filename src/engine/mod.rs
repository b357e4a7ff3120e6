//! The engine, under every front end (the full-screen and plain wizards, the commands): it
//! runs the core's effects with `api::flow` and sends results back as `Msg`, knowing which
//! front end it serves; it starts a session (connection, language, settling earlier runs)
//! and places orders with the journal and the receipt.

pub mod browser;
pub mod carts;
pub mod connect;
pub mod effects;
pub mod exit;
pub mod lang;
pub mod onboarding;
pub mod place;
pub mod recover;
pub mod start;
pub mod tracker;

pub use exit::{Exit, Failure};
