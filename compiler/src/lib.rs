//! ferropy's frontend: Python 3.14 source to an abstract syntax tree matching
//! CPython's `ast` module node for node, its symbol table matching CPython's
//! `symtable`, and code objects of ferropy's bytecode.

pub mod ast;
pub mod bytecode;
pub mod codegen;
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

/// Compiles a module's source as `compile(source, filename, 'exec')` does:
/// parse, symbol table, code generation. Returns the decoded text too.
pub fn compile(
    bytes: &[u8],
    filename: &str,
) -> (String, Result<bytecode::CodeObject, SyntaxError>) {
    compile_with(bytes, filename, codegen::compile_module)
}

/// Compiles an expression as `compile(source, filename, 'eval')` does: the
/// code object returns the expression's value.
pub fn compile_eval(
    bytes: &[u8],
    filename: &str,
) -> (String, Result<bytecode::CodeObject, SyntaxError>) {
    compile_with(bytes, filename, codegen::compile_expression)
}

/// Compiles source as `compile(source, filename, 'single')` does.
pub fn compile_single(
    bytes: &[u8],
    filename: &str,
) -> (String, Result<bytecode::CodeObject, SyntaxError>) {
    compile_with(bytes, filename, codegen::compile_interactive)
}

type Codegen =
    fn(&ast::Module, &symtable::SymbolTable, &str) -> Result<bytecode::CodeObject, SyntaxError>;

fn compile_with(
    bytes: &[u8],
    filename: &str,
    codegen: Codegen,
) -> (String, Result<bytecode::CodeObject, SyntaxError>) {
    let (text, parsed) = parse_module(bytes);
    let code = parsed.and_then(|module| {
        let table = symtable::build(&module)?;
        codegen(&module, &table, filename)
    });
    (text, code)
}
