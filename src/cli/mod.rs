//! Non-interactive commands over the same `api::flow`.

pub mod args;
pub mod connect;
pub mod doctor;
pub mod exit;
pub mod login;
mod prompt;
mod qr;
pub mod text;

pub use args::{Cli, Command, GlobalArgs};
pub use exit::{Exit, Failure};
