//! The only room that touches the terminal and runs effects.

pub mod terminal;
pub mod theme;
pub mod view;
