//! Non-interactive commands over the same `api::flow`.

pub mod args;
pub mod carts;
pub mod doctor;
pub mod generate;
pub mod login;
pub mod order;
pub mod output;
pub mod status;
pub mod text;
pub mod usage;

mod confirm;
mod earlier;
mod eligibility;
mod follow;
mod interrupt;
mod prompt;
mod quote;

pub use args::{Cli, Command};
