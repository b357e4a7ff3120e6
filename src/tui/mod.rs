//! The only room that touches the terminal and runs effects.

mod carts;
pub mod effects;
pub mod onboarding;
pub mod runtime;
pub mod terminal;
pub mod theme;
pub mod view;
pub mod wizard;
