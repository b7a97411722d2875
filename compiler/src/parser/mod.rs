//! The parser: tokens to AST, following CPython 3.14's PEG grammar
//! (Grammar/python.gram) with its error rules.

use crate::ast::Module;
use crate::error::SyntaxError;

/// Parses decoded source text as a module.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let _ = source;
    unimplemented!()
}
