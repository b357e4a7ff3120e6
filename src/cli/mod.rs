//! Non-interactive commands over the same `api::flow`.

pub mod args;
pub mod carts;
pub mod connect;
pub mod doctor;
pub mod exit;
pub mod login;
pub mod order;
pub mod output;
pub mod status;
pub mod text;

mod confirm;
mod follow;
mod interrupt;
pub mod lang;
mod prompt;
mod qr;
mod quote;

pub use args::{Cli, Command, GlobalArgs};
pub use exit::{Exit, Failure};
