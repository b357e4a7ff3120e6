//! Non-interactive commands over the same `api::flow`.

pub mod args;
pub mod connect;
pub mod exit;

pub use args::{Cli, Command, GlobalArgs};
pub use exit::{Exit, Failure};
