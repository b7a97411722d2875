//! Literal values: decoding string, bytes and number literals into constants,
//! and printing constants back as Python's `repr` does.

pub mod number;
pub mod repr;
pub mod string;
mod unicode_tables;
