//! What every mode of ovhcart (wizard, line commands) shares to start and to end: the
//! connection to an API or a sandbox, the language, recovery of unfinished flows, and
//! exit codes.

pub mod connect;
pub mod exit;
pub mod lang;
pub mod place;
pub mod recover;
pub mod tracker;

pub use exit::{Exit, Failure};
