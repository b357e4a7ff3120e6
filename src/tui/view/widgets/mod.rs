pub mod checkbox;
pub mod text_input;
