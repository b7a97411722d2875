//! How a unit reaches each name: its cell and free variable slots, and the
//! instruction family that loads, stores or deletes a name (the symbol
//! table's answer, refined for class bodies, class-visible annotation scopes
//! and inlined comprehensions).

use super::{Compiler, Unit};
use crate::bytecode::{Constant, Opcode};
use crate::symtable::{NameAccess, NameScope, Scope, ScopeKind, SymbolFlags};

/// The names an inlined comprehension binds, which are the enclosing unit's
/// fast locals or cells while it runs (PEP 709).
#[derive(Clone, Debug, Default)]
pub(super) struct Inlined {
    pub fast: Vec<Box<str>>,
    pub cells: Vec<Box<str>>,
    /// In a class body: the names the comprehension reads as globals,
    /// which it must not look up in the class namespace.
    pub globals: Vec<Box<str>>,
}

/// The implicit cells a class body may provide.
const CLASS_CELLS: [&str; 3] = ["__class__", "__classdict__", "__conditional_annotations__"];

/// Fills in the cell and free variable slots of a new unit.
pub(super) fn layout(unit: &mut Unit) {
    let scope = unit.scope;
    let class = scope.kind == ScopeKind::Class;
    for symbol in &scope.symbols {
        // A name an inlined comprehension keeps in a cell is a cell of the
        // enclosing unit too, even where the unit itself binds it otherwise
        // (a module's name bound first by an earlier comprehension).
        let comp_cell = symbol.flags.contains(SymbolFlags::COMP_CELL);
        match symbol.scope {
            NameScope::Cell => unit.cellvars.push(symbol.name.clone()),
            _ if comp_cell => unit.cellvars.push(symbol.name.clone()),
            NameScope::Free => unit.freevars.push(symbol.name.clone()),
            _ if class && symbol.flags.contains(SymbolFlags::FREE_CLASS) => {
                unit.freevars.push(symbol.name.clone())
            }
            _ => {}
        }
    }
    if scope.kind == ScopeKind::Module && scope.has_conditional_annotations {
        unit.cellvars.push("__conditional_annotations__".into());
    }
    if class {
        let wanted = [
            scope.needs_class_closure,
            scope.needs_classdict,
            scope.has_conditional_annotations,
        ];
        for (name, wanted) in CLASS_CELLS.into_iter().zip(wanted) {
            if wanted && !unit.cellvars.iter().any(|c| &**c == name) {
                unit.cellvars.push(name.into());
            }
        }
    }
}

/// The instruction family for one name in one unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Access {
    Fast,
    Deref(u32),
    Global,
    Name,
}

impl<'a> Compiler<'a> {
    /// The deref slot of `name`, if it has one.
    pub(super) fn deref_index(&self, name: &str) -> Option<u32> {
        let u = self.ur();
        if let Some(i) = u.cellvars.iter().position(|c| &**c == name) {
            return Some(i as u32);
        }
        let free = u.freevars.iter().position(|c| &**c == name)?;
        Some((u.cellvars.len() + free) as u32)
    }

    /// The fast-local slot of `name`, added if new.
    pub(super) fn local_index(&mut self, name: &str) -> u32 {
        let varnames = &mut self.u().varnames;
        if let Some(i) = varnames.iter().position(|n| &**n == name) {
            return i as u32;
        }
        varnames.push(name.into());
        (varnames.len() - 1) as u32
    }

    fn access(&self, name: &str) -> Access {
        let u = self.ur();
        for inlined in u.inlined.iter().rev() {
            if inlined.fast.iter().any(|n| &**n == name) {
                return Access::Fast;
            }
            if inlined.cells.iter().any(|n| &**n == name)
                && let Some(i) = self.deref_index(name)
            {
                return Access::Deref(i);
            }
            if inlined.globals.iter().any(|n| &**n == name) {
                return Access::Global;
            }
        }
        if u.scope.kind == ScopeKind::Class
            && CLASS_CELLS.contains(&name)
            && let Some(i) = self.deref_index(name)
        {
            return Access::Deref(i);
        }
        // Hidden names the compiler introduces (`.type_params`, ...) that
        // the symbol table does not list are locals of the function.
        let hidden = name.starts_with('.') && u.scope.symbol(name).is_none();
        if hidden && u.scope.kind.is_function_like() {
            return Access::Fast;
        }
        match u.scope.access(name) {
            NameAccess::Fast => Access::Fast,
            NameAccess::Deref => self.deref_index(name).map_or(Access::Name, Access::Deref),
            NameAccess::Global => Access::Global,
            NameAccess::Name => Access::Name,
        }
    }

    pub(super) fn load_name(&mut self, name: &str) {
        if name == "__debug__" {
            self.load_const(Constant::Bool(true));
            return;
        }
        let mangled = self.mangle(name).into_owned();
        let scope: &Scope = self.ur().scope;
        let sees_class = scope.can_see_class_scope;
        let symbol_scope = scope.symbol(&mangled).map(|s| s.scope);
        match self.access(&mangled) {
            Access::Fast => {
                let i = self.local_index(&mangled);
                self.emit(Opcode::LOAD_FAST_CHECK, i);
            }
            Access::Deref(i) if symbol_scope == Some(NameScope::Free) => {
                if scope.kind == ScopeKind::Class {
                    self.emit(Opcode::LOAD_LOCALS, 0);
                    self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, i);
                } else if sees_class && self.load_classdict() {
                    self.emit(Opcode::LOAD_FROM_DICT_OR_DEREF, i);
                } else {
                    self.emit(Opcode::LOAD_DEREF, i);
                }
            }
            Access::Deref(i) => self.emit(Opcode::LOAD_DEREF, i),
            Access::Global if sees_class && symbol_scope == Some(NameScope::GlobalImplicit) => {
                let index = self.name_index(&mangled);
                if self.load_classdict() {
                    self.emit(Opcode::LOAD_FROM_DICT_OR_GLOBALS, index);
                } else {
                    self.emit(Opcode::LOAD_GLOBAL, index);
                }
            }
            Access::Global => {
                let index = self.name_index(&mangled);
                self.emit(Opcode::LOAD_GLOBAL, index);
            }
            Access::Name => {
                let index = self.name_index(&mangled);
                self.emit(Opcode::LOAD_NAME, index);
            }
        }
    }

    /// Pushes the enclosing class's namespace, if this unit can reach it.
    fn load_classdict(&mut self) -> bool {
        match self.deref_index("__classdict__") {
            Some(i) => {
                self.emit(Opcode::LOAD_DEREF, i);
                true
            }
            None => false,
        }
    }

    pub(super) fn store_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Opcode::STORE_FAST,
                Opcode::STORE_DEREF,
                Opcode::STORE_GLOBAL,
                Opcode::STORE_NAME,
            ],
        );
    }

    pub(super) fn delete_name(&mut self, name: &str) {
        self.name_op(
            name,
            [
                Opcode::DELETE_FAST,
                Opcode::DELETE_DEREF,
                Opcode::DELETE_GLOBAL,
                Opcode::DELETE_NAME,
            ],
        );
    }

    /// Emits the fast, deref, global or namespace form of a store or delete.
    fn name_op(&mut self, name: &str, [fast, deref, global, namespace]: [Opcode; 4]) {
        let mangled = self.mangle(name).into_owned();
        match self.access(&mangled) {
            Access::Fast => {
                let i = self.local_index(&mangled);
                self.emit(fast, i);
            }
            Access::Deref(i) => self.emit(deref, i),
            Access::Global => self.emit_name(global, &mangled),
            Access::Name => self.emit_name(namespace, &mangled),
        }
    }
}
