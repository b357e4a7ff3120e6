//! ovhcart: order an OVHcloud Public Cloud project from a terminal.
//!
//! Rooms (arrows point one way): `api` talks to the OVHcloud API; `app` is the wizard's
//! pure core; `tui` draws it and runs its effects; `cli` is the line-oriented commands;
//! `sandbox` is the embedded OVHcloud order API. See README.md, "Design".

// `ApiError` keeps everything the server said (status, class, code, message, query id):
// errors are the cold path, and plain public fields read better than a boxed inner.
#![allow(clippy::result_large_err)]

// First, so that `msgid!` is in scope in every module after it.
#[macro_use]
pub mod i18n;

pub mod api;
pub mod app;
pub mod clean;
pub mod cli;
pub mod logging;
pub mod plain;
pub mod qr;
pub mod sandbox;
pub mod session;
pub mod store;
pub mod tui;
