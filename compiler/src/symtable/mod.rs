//! The symbol table: which scopes a module's code runs in and where each name
//! in them lives, as CPython 3.14's `symtable.c` decides it (what its
//! `symtable` module shows, flag for flag).
//!
//! [`build`] runs CPython's two passes: [`builder`] walks the AST recording
//! raw facts per scope (bound here, used here, declared global, a parameter,
//! ...), then [`analysis`] resolves every name to a [`NameScope`] (fast local,
//! cell, free, explicit or implicit global), inlines list/set/dict
//! comprehensions into their enclosing scope (PEP 709) and finds the cells
//! classes must provide (`__class__`, `__classdict__`,
//! `__conditional_annotations__`). Codegen looks up the scope of a function,
//! class, lambda, comprehension or annotation block by its [`BlockKey`].

mod analysis;
mod builder;
pub mod dump;
mod flags;
pub(crate) mod future;
mod mangle;

use std::collections::HashMap;

use crate::ast::{Module, Range};
use crate::error::SyntaxError;

pub use flags::SymbolFlags;
pub use future::FutureFeatures;
pub use mangle::mangle;

/// Builds the symbol table of a parsed module, or the `SyntaxError` CPython's
/// symbol table (or its `__future__` check) raises for it.
pub fn build(module: &Module) -> Result<SymbolTable, SyntaxError> {
    let future = FutureFeatures::from_module(module)?;
    let mut table = builder::Builder::run(module, &future)?;
    analysis::analyze(&mut table)?;
    Ok(table)
}

/// Every scope of a module; `scopes[0]` is the module's own.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    /// The `__future__` features the module enables.
    pub future: FutureFeatures,
    by_key: HashMap<BlockKey, ScopeId>,
}

impl SymbolTable {
    /// The module's scope.
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0]
    }

    /// The scope opened by the AST node `key` names, if it opens one.
    pub fn lookup(&self, key: BlockKey) -> Option<ScopeId> {
        self.by_key.get(&key).copied()
    }
}

/// An index into [`SymbolTable::scopes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub usize);

/// Which AST node opened a scope, and in which role (one node can open
/// several: a generic `def` opens its type-parameter scope, its signature's
/// `__annotate__` scope and its body). `node` is the node's address, so a key
/// is only meaningful for the very AST the table was built from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BlockKey {
    pub node: usize,
    pub role: BlockRole,
}

impl BlockKey {
    pub fn new<T>(node: &T, role: BlockRole) -> BlockKey {
        BlockKey {
            node: node as *const T as usize,
            role,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockRole {
    /// The body of a module, class, `def`, lambda, comprehension or `type`
    /// alias's value (the node is the statement or expression).
    Body,
    /// The `__annotate__` scope of the variable annotations in the body of
    /// the module, class or function whose node this is.
    Annotations,
    /// The `__annotate__` scope of a `def`'s parameter and return annotations.
    Signature,
    /// The type-parameter scope of a generic `def`, `class` or `type`.
    TypeParams,
    /// The lazily evaluated bound (or constraints) of a type parameter.
    Bound,
    /// The lazily evaluated default of a type parameter.
    Default,
}

/// What kind of block a scope is (`symtable.SymbolTableType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// A `def`, lambda or comprehension.
    Function,
    /// A PEP 649 `__annotate__` function.
    Annotation,
    /// The lazily evaluated value of a `type` statement.
    TypeAlias,
    /// The scope holding a generic definition's type parameters.
    TypeParameters,
    /// The lazily evaluated bound, constraints or default of a type parameter.
    TypeVariable,
}

impl ScopeKind {
    /// `SymbolTable.get_type()`'s value.
    pub fn name(self) -> &'static str {
        match self {
            ScopeKind::Module => "module",
            ScopeKind::Class => "class",
            ScopeKind::Function => "function",
            ScopeKind::Annotation => "annotation",
            ScopeKind::TypeAlias => "type alias",
            ScopeKind::TypeParameters => "type parameters",
            ScopeKind::TypeVariable => "type variable",
        }
    }

    /// Whether the block compiles to a function with fast locals and cells
    /// (everything but modules and class bodies).
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

/// Which comprehension a function scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// Where a name lives at run time, from the point of view of one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Bound here: a fast local in functions, a namespace entry elsewhere.
    Local,
    /// Declared `global` (here or, for a free name, in an enclosing scope).
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through a closure cell.
    Free,
    /// Bound here and used by an enclosed scope: lives in a cell.
    Cell,
}

impl NameScope {
    /// The name of CPython's constant (`_symtable.LOCAL`, ...).
    pub fn name(self) -> &'static str {
        match self {
            NameScope::Local => "LOCAL",
            NameScope::GlobalExplicit => "GLOBAL_EXPLICIT",
            NameScope::GlobalImplicit => "GLOBAL_IMPLICIT",
            NameScope::Free => "FREE",
            NameScope::Cell => "CELL",
        }
    }
}

/// Which family of instructions reads and writes a name (before the class
/// and comprehension refinements codegen adds, such as
/// `LOAD_FROM_DICT_OR_DEREF` in class bodies).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameAccess {
    /// `LOAD_FAST`/`STORE_FAST`: a function's local.
    Fast,
    /// `LOAD_DEREF`/`STORE_DEREF`: a cell or free variable.
    Deref,
    /// `LOAD_GLOBAL`/`STORE_GLOBAL`.
    Global,
    /// `LOAD_NAME`/`STORE_NAME`: the namespace of a module or class body.
    Name,
}

/// One name of a scope (mangled if private in a class).
#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: Box<str>,
    pub flags: SymbolFlags,
    /// Decided by the analysis pass; `Local` until then.
    pub scope: NameScope,
}

/// One block of code and its names.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, the function, class or alias name, `lambda`, `listcomp`,
    /// `__annotate__`, or a type parameter's name.
    pub name: Box<str>,
    pub lineno: u32,
    /// Inside a function-like scope (directly or not).
    pub nested: bool,
    /// The symbols in the order the first pass met them (free names found
    /// by the analysis come last, sorted).
    pub symbols: Vec<Symbol>,
    index: HashMap<Box<str>, usize>,
    /// The parameters, in order (implicit ones such as `.0` and `.format`
    /// included).
    pub varnames: Vec<Box<str>>,
    /// Nested scopes in source order; inlined comprehensions are replaced by
    /// their own children.
    pub children: Vec<ScopeId>,
    pub comprehension: Option<ComprehensionKind>,
    /// A comprehension whose symbols were merged into its parent (PEP 709).
    pub comp_inlined: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub returns_value: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    /// A method (a function directly in a class body).
    pub method: bool,
    pub has_docstring: bool,
    /// The body has annotations (variable ones, or a signature's).
    pub annotations_used: bool,
    /// The `__annotate__` scope of the body's variable annotations.
    pub annotation_block: Option<ScopeId>,
    /// Resolves names through the enclosing class's namespace first
    /// (annotation and type-parameter scopes inside a class).
    pub can_see_class_scope: bool,
    /// A class body must create the `__class__` cell.
    pub needs_class_closure: bool,
    /// A class body must create the `__classdict__` cell.
    pub needs_classdict: bool,
    /// Some annotations run conditionally: the module or class body keeps
    /// the set `__conditional_annotations__` of those that ran.
    pub has_conditional_annotations: bool,
    /// The `global` and `nonlocal` declarations (and the implicit ones of
    /// walrus targets in comprehensions): mangled name and where, for errors.
    directives: Vec<(Box<str>, Range)>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, lineno: u32, nested: bool) -> Scope {
        Scope {
            kind,
            name: name.into(),
            lineno,
            nested,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            comprehension: None,
            comp_inlined: false,
            generator: false,
            coroutine: false,
            returns_value: false,
            varargs: false,
            varkeywords: false,
            method: false,
            has_docstring: false,
            annotations_used: false,
            annotation_block: None,
            can_see_class_scope: false,
            needs_class_closure: false,
            needs_classdict: false,
            has_conditional_annotations: false,
            directives: Vec::new(),
        }
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    /// The flags of `name`, empty if it is not a symbol here.
    pub fn flags(&self, name: &str) -> SymbolFlags {
        self.symbol(name).map_or(SymbolFlags::empty(), |s| s.flags)
    }

    /// How code in this scope reaches `name` (already mangled).
    pub fn access(&self, name: &str) -> NameAccess {
        let function_like = self.kind.is_function_like();
        match self.symbol(name).map(|s| s.scope) {
            Some(NameScope::Free | NameScope::Cell) => NameAccess::Deref,
            Some(NameScope::Local) if function_like => NameAccess::Fast,
            Some(NameScope::GlobalImplicit) if function_like => NameAccess::Global,
            Some(NameScope::GlobalExplicit) => NameAccess::Global,
            _ => NameAccess::Name,
        }
    }

    /// Whether the scope compiles to a function with fast locals (CPython's
    /// `is_optimized()`).
    pub fn is_optimized(&self) -> bool {
        self.kind == ScopeKind::Function
    }

    /// Adds `flags` to `name`, adding the symbol if it is new.
    fn add_flags(&mut self, name: &str, flags: SymbolFlags) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].flags |= flags,
            None => {
                self.index.insert(name.into(), self.symbols.len());
                self.symbols.push(Symbol {
                    name: name.into(),
                    flags,
                    scope: NameScope::Local,
                });
            }
        }
    }

    fn remove_symbol(&mut self, name: &str) {
        if let Some(i) = self.index.remove(name) {
            self.symbols.remove(i);
            for slot in self.index.values_mut() {
                if *slot > i {
                    *slot -= 1;
                }
            }
        }
    }
}
