//! Unicode as CPython 3.14's `str` sees it (its Unicode 16.0 database): the
//! character properties behind the `is*` methods, the full case mappings,
//! `repr` of strings and generalized UTF-8. A leaf crate so the compiler and
//! the runtime share one copy of the generated tables.
//!
//! Everything works on code points (`u32`), not `char`: Python strings may
//! hold lone surrogates.

pub mod case;
pub mod props;
pub mod repr;
mod tables;
pub mod wtf8;
