//! Non-interactive commands over the same `api::flow`.

pub mod args;
pub mod carts;
pub mod connect;
pub mod exit;
pub mod order;
pub mod output;
pub mod status;

mod follow;
mod interrupt;
mod lang;
mod prompt;
mod quote;

pub use args::{Cli, Command, GlobalArgs};
pub use exit::{Exit, Failure};
