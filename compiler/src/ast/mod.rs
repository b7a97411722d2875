//! Python 3.14's abstract syntax tree, as CPython's `ast` module defines it.

pub mod constant;
pub mod dump;
pub mod nodes;
pub mod unparse;

pub use constant::{Constant, PyString};
pub use dump::{Dump, Dumper};
pub use nodes::*;
