//! The canonical text form of a symbol table that ci/symtable_reference.py
//! prints for CPython's, so the two can be compared byte for byte.

use std::fmt::Write;

use super::{ScopeId, SymbolFlags, SymbolTable};

/// One line per scope (`<type> <name> line=N optimized=0|1 nested=0|1
/// varnames=a,b`), then its symbols sorted by name (`<name> <SCOPE>
/// <FLAG|...>`), then its children, each level indented two more spaces.
pub fn dump(table: &SymbolTable) -> String {
    let mut out = String::new();
    dump_scope(table, ScopeId(0), 0, &mut out);
    out
}

fn dump_scope(table: &SymbolTable, id: ScopeId, indent: usize, out: &mut String) {
    let scope = table.scope(id);
    let pad = " ".repeat(indent);
    let varnames: Vec<&str> = scope.varnames.iter().map(|v| &**v).collect();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{pad}{} {} line={} optimized={} nested={} varnames={}",
        scope.kind.name(),
        scope.name,
        scope.lineno,
        u8::from(scope.is_optimized()),
        u8::from(scope.nested),
        varnames.join(",")
    );
    let mut symbols: Vec<_> = scope.symbols.iter().collect();
    symbols.sort_by(|a, b| a.name.cmp(&b.name));
    for symbol in symbols {
        let flags: Vec<&str> = SymbolFlags::NAMED
            .iter()
            .filter(|(flag, _)| symbol.flags.contains(*flag))
            .map(|(_, name)| *name)
            .collect();
        let _ = writeln!(
            out,
            "{pad}  {} {} {}",
            symbol.name,
            symbol.scope.name(),
            flags.join("|")
        );
    }
    for &child in &scope.children {
        dump_scope(table, child, indent + 2, out);
    }
}
