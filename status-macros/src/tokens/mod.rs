//! What this crate reads and writes of Rust source itself: compile errors
//! that point at the user's tokens, and literals read without syn.

pub mod error;
pub mod literal;
