//! ferropy's frontend: Python 3.14 source to an abstract syntax tree matching
//! CPython's `ast` module node for node, and its symbol table matching CPython's `symtable` (later:
//! CFG, bytecode).

pub mod ast;
pub mod bytecode;
pub mod error;
pub mod literal;
pub mod parser;
pub mod source;
pub mod symtable;
pub mod tokenizer;
mod unicode;

pub use error::{ErrorKind, SyntaxError};

/// Parses a module from source bytes, as `ast.parse(source_bytes)` does.
/// Returns the decoded text too, which error reports need.
pub fn parse_module(bytes: &[u8]) -> (String, Result<ast::Module, SyntaxError>) {
    match source::decode(bytes) {
        Ok(text) => {
            let result = parser::parse_module(&text);
            (text, result)
        }
        Err(err) => (String::from_utf8_lossy(bytes).into_owned(), Err(err)),
    }
}

/// What `ferropy --dump-ast` prints for a source (without the newline), and
/// whether it parsed.
pub fn dump_ast(bytes: &[u8]) -> (String, bool) {
    match parse_module(bytes) {
        (_, Ok(module)) => (ast::Dumper::dump(&module), true),
        (_, Err(err)) => (err.report(), false),
    }
}
