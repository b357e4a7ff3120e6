//! ovhcart: order an OVHcloud Public Cloud project from a terminal.
//!
//! Rooms (arrows point one way): `api` talks to the OVHcloud API; `app` is the wizard's
//! pure core; `engine` runs its effects and starts sessions; `tui` and `plain` are the two
//! wizard front ends; `cli` is the line-oriented commands; `sandbox` is the embedded
//! OVHcloud order API. See docs/architecture.md.

// `ApiError` keeps everything the server said (status, class, code, message, query id):
// errors are the cold path, and plain public fields read better than a boxed inner.
#![allow(clippy::result_large_err)]

// First, so that `msgid!` is in scope in every module after it.
#[macro_use]
pub mod i18n;

pub mod api;
pub mod app;
pub mod args;
pub mod clean;
pub mod cli;
pub mod engine;
pub mod logging;
pub mod plain;
pub mod qr;
pub mod sandbox;
pub mod store;
pub mod tui;
