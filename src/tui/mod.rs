//! The only room that touches the terminal: the full-screen loop, views, theme.

pub mod clipboard;
pub mod runtime;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wizard;
