//! The second pass: resolves every name of every scope to a [`NameScope`].
//!
//! Each block is analyzed with the names its enclosing functions bind
//! (`bound`), the names declared global above it (`global`) and the type
//! parameters in view; it reports back the names free in it or its children
//! (`free`). A function-like block turns those of its locals that children
//! use into cells; a class body provides `__class__`, `__classdict__` and
//! `__conditional_annotations__` itself. Comprehensions other than
//! generator expressions are then merged into their parent (PEP 709).

use std::collections::{HashMap, HashSet};

use crate::error::SyntaxError;

use super::builder::error_at;
use super::{NameScope, Scope, ScopeKind, Symbol, SymbolFlags, SymbolTable};

type Result<T = ()> = std::result::Result<T, SyntaxError>;
type NameSet = HashSet<Box<str>>;
type Scopes = HashMap<Box<str>, NameScope>;

/// The names a class body binds for the functions inside it.
const CLASS_CELLS: [&str; 3] = ["__class__", "__classdict__", "__conditional_annotations__"];

pub(super) fn analyze(table: &mut SymbolTable) -> Result {
    let mut free = NameSet::new();
    Analyzer {
        scopes: &mut table.scopes,
    }
    .block(0, None, &mut free, NameSet::new(), NameSet::new(), None)
}

/// What a block's names resolve against.
struct Context<'a> {
    /// Bound by enclosing functions (`None` for the module).
    bound: Option<&'a mut NameSet>,
    global: &'a mut NameSet,
    type_params: &'a mut NameSet,
    /// The class whose namespace the block sees (annotation and type
    /// scopes directly in a class).
    class_entry: Option<usize>,
}

struct Analyzer<'a> {
    scopes: &'a mut Vec<Scope>,
}

impl Analyzer<'_> {
    fn block(
        &mut self,
        id: usize,
        mut bound: Option<NameSet>,
        free: &mut NameSet,
        mut global: NameSet,
        mut type_params: NameSet,
        class_entry: Option<usize>,
    ) -> Result {
        let kind = self.scopes[id].kind;
        let mut local = NameSet::new();
        let mut scopes = Scopes::new();
        let mut new_global = NameSet::new();
        let mut new_bound = NameSet::new();
        let mut new_free = NameSet::new();
        let mut inlined_cells = NameSet::new();
        // Class bindings are invisible to nested functions: children see
        // what the class itself saw.
        if kind == ScopeKind::Class {
            new_global.extend(global.iter().cloned());
            new_bound.extend(bound.iter().flatten().cloned());
        }
        let mut context = Context {
            bound: bound.as_mut(),
            global: &mut global,
            type_params: &mut type_params,
            class_entry,
        };
        for symbol in &self.scopes[id].symbols {
            let scope = self.analyze_name(id, symbol, &mut context, &mut local, free)?;
            scopes.insert(symbol.name.clone(), scope);
        }
        if kind == ScopeKind::Class {
            new_bound.extend(CLASS_CELLS.map(Box::from));
        } else {
            if kind.is_function_like() {
                new_bound.extend(local);
            }
            new_bound.extend(bound.iter().flatten().cloned());
            new_global.extend(global.iter().cloned());
        }

        let sees_class = self.scopes[id].can_see_class_scope;
        for child in self.scopes[id].children.clone() {
            let child_scope = &self.scopes[child.0];
            let child_class = match child_scope.can_see_class_scope {
                true if kind == ScopeKind::Class => Some(id),
                true => class_entry,
                false => None,
            };
            let inline =
                child_scope.comprehension.is_some() && !child_scope.generator && !sees_class;
            let mut child_free = new_free.clone();
            self.block(
                child.0,
                Some(new_bound.clone()),
                &mut child_free,
                new_global.clone(),
                type_params.clone(),
                child_class,
            )?;
            if inline {
                self.inline_comprehension(
                    id,
                    child.0,
                    &mut scopes,
                    &mut child_free,
                    &mut inlined_cells,
                );
                self.scopes[child.0].comp_inlined = true;
            }
            new_free.extend(child_free);
        }
        let children = std::mem::take(&mut self.scopes[id].children);
        for child in children {
            if self.scopes[child.0].comp_inlined {
                let grandchildren = self.scopes[child.0].children.clone();
                self.scopes[id].children.extend(grandchildren);
            } else {
                self.scopes[id].children.push(child);
            }
        }

        if kind.is_function_like() {
            for (name, scope) in &mut scopes {
                if *scope == NameScope::Local
                    && (new_free.contains(name) || inlined_cells.contains(name))
                {
                    *scope = NameScope::Cell;
                    new_free.remove(name);
                }
            }
        } else if kind == ScopeKind::Class {
            let scope = &mut self.scopes[id];
            scope.needs_class_closure |= new_free.remove("__class__");
            scope.needs_classdict |= new_free.remove("__classdict__");
            scope.has_conditional_annotations |= new_free.remove("__conditional_annotations__");
        }
        let class_like = kind == ScopeKind::Class || sees_class;
        self.update_symbols(
            id,
            &scopes,
            bound.as_ref(),
            &new_free,
            &inlined_cells,
            class_like,
        );
        free.extend(new_free);
        Ok(())
    }

    /// Decides where `symbol` of scope `id` lives.
    fn analyze_name(
        &self,
        id: usize,
        symbol: &Symbol,
        context: &mut Context,
        local: &mut NameSet,
        free: &mut NameSet,
    ) -> Result<NameScope> {
        let (name, flags) = (&symbol.name, symbol.flags);
        let scope = &self.scopes[id];
        if flags.contains(SymbolFlags::GLOBAL) {
            if flags.contains(SymbolFlags::NONLOCAL) {
                return Err(at_directive(
                    scope,
                    name,
                    format!("name '{name}' is nonlocal and global"),
                ));
            }
            context.global.insert(name.clone());
            if let Some(bound) = context.bound.as_mut() {
                bound.remove(name);
            }
            return Ok(NameScope::GlobalExplicit);
        }
        if flags.contains(SymbolFlags::NONLOCAL) {
            let Some(bound) = context.bound.as_ref() else {
                let msg = "nonlocal declaration not allowed at module level";
                return Err(at_directive(scope, name, msg.into()));
            };
            if !bound.contains(name) {
                return Err(at_directive(
                    scope,
                    name,
                    format!("no binding for nonlocal '{name}' found"),
                ));
            }
            if context.type_params.contains(name) {
                let msg = format!("nonlocal binding not allowed for type parameter '{name}'");
                return Err(at_directive(scope, name, msg));
            }
            free.insert(name.clone());
            return Ok(NameScope::Free);
        }
        if flags.intersects(SymbolFlags::BOUND) {
            local.insert(name.clone());
            context.global.remove(name);
            if flags.contains(SymbolFlags::TYPE_PARAM) {
                context.type_params.insert(name.clone());
            } else {
                context.type_params.remove(name);
            }
            return Ok(NameScope::Local);
        }
        // A scope that sees a class namespace reads the class's names (and
        // globals), even where an outer function binds the same name.
        if let Some(class) = context.class_entry {
            let class_flags = self.scopes[class].flags(name);
            if class_flags.contains(SymbolFlags::GLOBAL) {
                return Ok(NameScope::GlobalExplicit);
            }
            if class_flags.intersects(SymbolFlags::BOUND)
                && !class_flags.contains(SymbolFlags::NONLOCAL)
            {
                return Ok(NameScope::GlobalImplicit);
            }
        }
        if context
            .bound
            .as_ref()
            .is_some_and(|bound| bound.contains(name))
        {
            free.insert(name.clone());
            return Ok(NameScope::Free);
        }
        Ok(NameScope::GlobalImplicit)
    }

    /// Merges the analyzed comprehension `comp` into its parent `id`.
    fn inline_comprehension(
        &mut self,
        id: usize,
        comp: usize,
        scopes: &mut Scopes,
        comp_free: &mut NameSet,
        inlined_cells: &mut NameSet,
    ) {
        let parent_kind = self.scopes[id].kind;
        let mut dropped = Vec::new();
        for symbol in self.scopes[comp].symbols.clone() {
            if symbol.flags.contains(SymbolFlags::PARAM) {
                // The implicit `.0`.
                continue;
            }
            let name = &symbol.name;
            let mut scope = symbol.scope;
            if scope == NameScope::Cell || symbol.flags.contains(SymbolFlags::COMP_CELL) {
                inlined_cells.insert(name.clone());
            }
            // The class cells never pass through a class body as free names.
            if scope == NameScope::Free
                && parent_kind == ScopeKind::Class
                && CLASS_CELLS.contains(&&**name)
            {
                scope = NameScope::GlobalImplicit;
                comp_free.remove(name);
                dropped.push(name.clone());
            }
            match self.scopes[id].symbol(name).map(|s| s.flags) {
                None => {
                    self.scopes[id].add_flags(name, symbol.flags);
                    scopes.insert(name.clone(), scope);
                }
                // A name the comprehension took from the enclosing function
                // is now simply that function's local (used there), unless
                // a scope nested in the comprehension needs it as a cell.
                Some(flags)
                    if flags.intersects(SymbolFlags::BOUND) && parent_kind != ScopeKind::Class =>
                {
                    if scope == NameScope::Free && symbol.flags.contains(SymbolFlags::USE) {
                        self.scopes[id].add_flags(name, SymbolFlags::USE);
                    }
                    if !self.is_free_in_any_child(comp, name) {
                        comp_free.remove(name);
                    }
                }
                Some(_) => {}
            }
        }
        for name in dropped {
            self.scopes[comp].remove_symbol(&name);
        }
    }

    fn is_free_in_any_child(&self, id: usize, name: &str) -> bool {
        self.scopes[id].children.iter().any(|child| {
            self.scopes[child.0]
                .symbol(name)
                .is_some_and(|s| s.scope == NameScope::Free)
        })
    }

    /// Records the analysis in the symbols of `id`, adding the names that
    /// are free in children and only pass through here.
    fn update_symbols(
        &mut self,
        id: usize,
        scopes: &Scopes,
        bound: Option<&NameSet>,
        free: &NameSet,
        inlined_cells: &NameSet,
        class_like: bool,
    ) {
        let scope = &mut self.scopes[id];
        for symbol in &mut scope.symbols {
            if inlined_cells.contains(&symbol.name) {
                symbol.flags |= SymbolFlags::COMP_CELL;
            }
            if let Some(&resolved) = scopes.get(&symbol.name) {
                symbol.scope = resolved;
            }
        }
        let mut passing: Vec<&Box<str>> = free.iter().collect();
        passing.sort();
        for name in passing {
            if let Some(&i) = scope.index.get(name) {
                // A method's free name that the class body also has.
                if class_like {
                    scope.symbols[i].flags |= SymbolFlags::FREE_CLASS;
                }
                continue;
            }
            if bound.is_some_and(|bound| !bound.contains(name)) {
                continue;
            }
            scope.add_flags(name, SymbolFlags::empty());
            if let Some(symbol) = scope.symbols.last_mut() {
                symbol.scope = NameScope::Free;
            }
        }
    }
}

/// A `SyntaxError` at the first `global`/`nonlocal` declaration of `name`
/// in `scope`.
fn at_directive(scope: &Scope, name: &str, msg: String) -> SyntaxError {
    match scope.directives.iter().find(|(n, _)| &**n == name) {
        Some(&(_, range)) => error_at(msg, range),
        None => SyntaxError {
            kind: crate::error::ErrorKind::SyntaxError,
            msg,
            location: None,
        },
    }
}
