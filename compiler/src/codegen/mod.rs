//! Code generation: a module's AST and symbol table to code objects.
//!
//! Codegen walks the AST once per code unit (module, class body, function,
//! lambda, generator expression, annotation or type-parameter scope),
//! emitting instructions into the basic blocks of a [`cfg::Cfg`]; then
//! [`optimize`] threads jumps and drops dead code, and [`assemble`] computes
//! stack depths, labels exception handlers and lays the blocks out as a
//! [`CodeObject`]. Errors CPython's compiler raises (rather than its parser or
//! symbol table) are reported here with CPython's message and location.

mod assemble;
mod cfg;
mod expressions;
mod flow;
mod fold;
mod functions;
mod names;
mod optimize;
mod patterns;
mod statements;
mod targets;

use crate::ast::{Module, Range, Stmt};
use crate::bytecode::{CodeFlags, CodeObject, Constant, Location, MAX_ARG, Opcode};
use crate::error::{ErrorKind, Location as ErrorLocation, SyntaxError};
use crate::symtable::{BlockKey, BlockRole, Scope, ScopeId, ScopeKind, SymbolTable};

use cfg::{BlockId, Cfg, Instr};
use flow::FBlock;

type Result<T = ()> = std::result::Result<T, SyntaxError>;

/// Compiles a module (`compile(source, filename, 'exec')`) whose symbol table
/// is `table`.
pub fn compile_module(module: &Module, table: &SymbolTable, filename: &str) -> Result<CodeObject> {
    let mut compiler = Compiler::new(table, filename, false);
    compiler.enter_module(module)?;
    compiler.module_body(module)?;
    Ok(compiler.leave())
}

/// Compiles a module as `compile(source, filename, 'single')` does: the
/// values of its top-level expression statements are printed (displayhook).
pub fn compile_interactive(
    module: &Module,
    table: &SymbolTable,
    filename: &str,
) -> Result<CodeObject> {
    let mut compiler = Compiler::new(table, filename, true);
    compiler.enter_module(module)?;
    compiler.module_body(module)?;
    Ok(compiler.leave())
}

/// Compiles an expression (`compile(source, filename, 'eval')`), parsed
/// as a module whose only statement is that expression: the code returns
/// its value. Anything else is CPython's "invalid syntax".
pub fn compile_expression(
    module: &Module,
    table: &SymbolTable,
    filename: &str,
) -> Result<CodeObject> {
    let [Stmt::Expr(expr)] = &module.body[..] else {
        let at = module.body.get(1).or(module.body.first());
        return Err(error(
            "invalid syntax",
            at.map_or(Range::default(), Stmt::range),
        ));
    };
    let mut compiler = Compiler::new(table, filename, false);
    compiler.enter_module(module)?;
    compiler.set_loc(expr.range);
    compiler.expr(&expr.value)?;
    compiler.emit(Opcode::RETURN_VALUE, 0);
    Ok(compiler.leave())
}

/// A `SyntaxError` at `range`, with byte columns as CPython's compiler
/// reports them.
fn error(msg: impl Into<String>, range: Range) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: msg.into(),
        location: Some(ErrorLocation {
            lineno: range.start.line as i64,
            offset: range.start.col as i64 + 1,
            end_lineno: range.end.line as i64,
            end_offset: range.end.col as i64 + 1,
        }),
    }
}

fn location(range: Range) -> Location {
    Location {
        line: range.start.line,
        end_line: range.end.line,
        col: range.start.col,
        end_col: range.end.col,
    }
}

/// One code object being compiled.
struct Unit<'a> {
    scope: &'a Scope,
    name: Box<str>,
    qualname: Box<str>,
    /// The class name private names are mangled with.
    private: Option<Box<str>>,
    cfg: Cfg,
    current: BlockId,
    consts: Vec<Constant>,
    names: Vec<Box<str>>,
    varnames: Vec<Box<str>>,
    cellvars: Vec<Box<str>>,
    freevars: Vec<Box<str>>,
    fblocks: Vec<FBlock<'a>>,
    /// Where the instructions being emitted come from.
    loc: Location,
    first_line: u32,
    arg_count: u32,
    posonly_arg_count: u32,
    kwonly_arg_count: u32,
    flags: u32,
    /// Names an inlined comprehension being compiled makes fast locals of
    /// this unit (PEP 709), innermost last.
    inlined: Vec<names::Inlined>,
    /// How many conditionally executed statements enclose the code.
    in_conditional: u32,
    /// The simple variable annotations of a module or class body, for its
    /// `__annotate__`: mangled name, annotation, and the index recorded in
    /// `__conditional_annotations__` if it runs conditionally.
    annotations: Vec<(Box<str>, &'a crate::ast::Expr, Option<u32>)>,
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    filename: Box<str>,
    unit: Option<Unit<'a>>,
    outer: Vec<Unit<'a>>,
    /// `'single'` mode: top-level expression statements print their value.
    interactive: bool,
}

impl<'a> Compiler<'a> {
    fn new(table: &'a SymbolTable, filename: &str, interactive: bool) -> Self {
        Compiler {
            table,
            filename: filename.into(),
            unit: None,
            outer: Vec::new(),
            interactive,
        }
    }

    fn enter_module(&mut self, module: &'a Module) -> Result {
        let key = BlockKey::new(module, BlockRole::Body);
        self.enter(key, "<module>", 1, Range::default())
    }

    fn u(&mut self) -> &mut Unit<'a> {
        self.unit.as_mut().expect("a unit is open")
    }

    fn ur(&self) -> &Unit<'a> {
        self.unit.as_ref().expect("a unit is open")
    }

    fn scope_of(&self, key: BlockKey) -> &'a Scope {
        let table: &'a SymbolTable = self.table;
        let id: ScopeId = table.lookup(key).expect("the symbol table has every block");
        table.scope(id)
    }

    /// Opens a new code unit for the block `key` names.
    fn enter(&mut self, key: BlockKey, name: &str, first_line: u32, range: Range) -> Result {
        let scope = self.scope_of(key);
        self.enter_scope(scope, name, first_line, range);
        Ok(())
    }

    /// Opens a new code unit for `scope`.
    fn enter_scope(&mut self, scope: &'a Scope, name: &str, first_line: u32, range: Range) {
        let private = match (&self.unit, scope.kind) {
            (_, ScopeKind::Class) => Some(name.into()),
            (Some(parent), _) => parent.private.clone(),
            (None, _) => None,
        };
        let qualname = self.qualname(scope, name);
        let mut cfg = Cfg::default();
        let entry = cfg.new_block();
        cfg.order.push(entry);
        let mut unit = Unit {
            scope,
            name: name.into(),
            qualname,
            private,
            cfg,
            current: entry,
            consts: Vec::new(),
            names: Vec::new(),
            varnames: scope.varnames.clone(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            fblocks: Vec::new(),
            loc: Location {
                // A function's prologue is on its first line (its first
                // decorator's); a module's has no line.
                line: if scope.kind == ScopeKind::Module {
                    0
                } else {
                    first_line
                },
                ..location(range)
            },
            first_line,
            arg_count: 0,
            posonly_arg_count: 0,
            kwonly_arg_count: 0,
            flags: 0,
            inlined: Vec::new(),
            in_conditional: 0,
            annotations: Vec::new(),
        };
        names::layout(&mut unit);
        if let Some(parent) = self.unit.take() {
            // Functions, lambdas and comprehensions directly in a class body
            // are methods.
            let in_body = parent.scope.kind == ScopeKind::Class && parent.inlined.is_empty();
            if in_body && scope.kind == ScopeKind::Function {
                unit.flags |= CodeFlags::METHOD;
            }
            self.outer.push(parent);
        }
        self.unit = Some(unit);
        self.prologue();
    }

    /// `__qualname__` of a new unit named `name` in the current one.
    fn qualname(&self, scope: &Scope, name: &str) -> Box<str> {
        let Some(parent) = &self.unit else {
            return name.into();
        };
        let mut base = parent;
        // Type-parameter scopes are invisible in qualified names.
        let mut depth = self.outer.len();
        while base.scope.kind == ScopeKind::TypeParameters && depth > 0 {
            depth -= 1;
            base = &self.outer[depth];
        }
        let is_global = base
            .scope
            .symbol(&crate::symtable::mangle(base.private.as_deref(), name))
            .is_some_and(|s| s.scope == crate::symtable::NameScope::GlobalExplicit)
            && !matches!(
                scope.kind,
                ScopeKind::Annotation | ScopeKind::TypeAlias | ScopeKind::TypeVariable
            );
        match base.scope.kind {
            ScopeKind::Module => name.into(),
            _ if is_global => name.into(),
            ScopeKind::Function | ScopeKind::Annotation | ScopeKind::TypeAlias
                if base.scope.comprehension.is_none() || base.scope.kind != ScopeKind::Function =>
            {
                format!("{}.<locals>.{name}", base.qualname).into()
            }
            _ => format!("{}.{name}", base.qualname).into(),
        }
    }

    /// The instructions every code object starts with.
    fn prologue(&mut self) {
        let u = self.u();
        let cells = u.cellvars.len();
        let frees = u.freevars.len();
        for cell in 0..cells {
            self.emit(Opcode::MAKE_CELL, cell as u32);
        }
        if frees > 0 {
            self.emit(Opcode::COPY_FREE_VARS, frees as u32);
        }
        let scope = self.ur().scope;
        if scope.generator || (scope.coroutine && scope.kind == ScopeKind::Function) {
            self.emit(Opcode::RETURN_GENERATOR, 0);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.emit(Opcode::RESUME, 0);
    }

    /// Closes the current unit and assembles its code object.
    fn leave(&mut self) -> CodeObject {
        let mut unit = self.unit.take().expect("a unit is open");
        self.unit = self.outer.pop();
        let scope = unit.scope;
        let mut flags = unit.flags;
        if scope.kind.is_function_like() {
            flags |= CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
            if scope.nested {
                flags |= CodeFlags::NESTED;
            }
        }
        if scope.varargs {
            flags |= CodeFlags::VARARGS;
        }
        if scope.varkeywords {
            flags |= CodeFlags::VARKEYWORDS;
        }
        match (scope.generator, scope.coroutine) {
            (true, true) => flags |= CodeFlags::ASYNC_GENERATOR,
            (true, false) => flags |= CodeFlags::GENERATOR,
            (false, true) => flags |= CodeFlags::COROUTINE,
            (false, false) => {}
        }
        optimize::optimize(&mut unit.cfg);
        let keep_first = flags & CodeFlags::HAS_DOCSTRING != 0;
        unit.consts =
            optimize::prune_constants(&mut unit.cfg, std::mem::take(&mut unit.consts), keep_first);
        let assembled = assemble::assemble(&mut unit.cfg);
        CodeObject {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            arg_count: unit.arg_count,
            posonly_arg_count: unit.posonly_arg_count,
            kwonly_arg_count: unit.kwonly_arg_count,
            flags: CodeFlags(flags),
            varnames: unit.varnames,
            cellvars: unit.cellvars,
            freevars: unit.freevars,
            names: unit.names,
            consts: unit.consts,
            code: assembled.code,
            max_stack: assembled.max_stack,
            lines: assembled.lines,
            exceptions: assembled.exceptions,
        }
    }

    fn emit(&mut self, op: Opcode, arg: u32) {
        self.after_terminator();
        let u = self.u();
        let instr = Instr {
            op,
            arg: arg.min(MAX_ARG),
            target: None,
            loc: u.loc,
        };
        let current = u.current;
        u.cfg.block(current).instrs.push(instr);
    }

    /// Emits a jump (or `SETUP_*`) to `target`.
    fn jump(&mut self, op: Opcode, target: BlockId) {
        self.after_terminator();
        let u = self.u();
        let instr = Instr {
            op,
            arg: 0,
            target: Some(target),
            loc: u.loc,
        };
        let current = u.current;
        u.cfg.block(current).instrs.push(instr);
    }

    /// Code after a return, raise or jump starts a new (unreachable) block,
    /// so that dead code can be dropped.
    fn after_terminator(&mut self) {
        let u = self.u();
        let current = u.current;
        let ends = u.cfg.blocks[current.0].instrs.last();
        if ends.is_some_and(|i| i.op.is_terminator()) {
            let block = u.cfg.new_block();
            u.cfg.order.push(block);
            u.current = block;
        }
    }

    fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    /// Continues emitting into `block`, placed after the current one.
    fn use_block(&mut self, block: BlockId) {
        let u = self.u();
        u.cfg.order.push(block);
        u.current = block;
    }

    /// Sets the location of what is emitted next; returns the previous one.
    fn set_loc(&mut self, range: Range) -> Location {
        std::mem::replace(&mut self.u().loc, location(range))
    }

    fn restore_loc(&mut self, loc: Location) {
        self.u().loc = loc;
    }

    /// The index of `value` in the constants, adding it if new.
    fn const_index(&mut self, value: Constant) -> u32 {
        let consts = &mut self.u().consts;
        if let Some(i) = consts.iter().position(|c| c.same(&value)) {
            return i as u32;
        }
        consts.push(value);
        (consts.len() - 1) as u32
    }

    fn load_const(&mut self, value: Constant) {
        let index = self.const_index(value);
        self.emit(Opcode::LOAD_CONST, index);
    }

    /// The index of `name` in `co_names`, adding it if new.
    fn name_index(&mut self, name: &str) -> u32 {
        let names = &mut self.u().names;
        if let Some(i) = names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        names.push(name.into());
        (names.len() - 1) as u32
    }

    /// Emits an instruction whose argument is `name` (mangled) in `co_names`.
    fn emit_name(&mut self, op: Opcode, name: &str) {
        let name = self.mangle(name).into_owned();
        let index = self.name_index(&name);
        self.emit(op, index);
    }

    fn mangle<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        crate::symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// The body of the module: docstring, annotations setup, statements,
    /// `return None`.
    fn module_body(&mut self, module: &'a Module) -> Result {
        let scope = self.ur().scope;
        if scope.has_conditional_annotations {
            self.emit(Opcode::BUILD_SET, 0);
            self.store_name("__conditional_annotations__");
        }
        let body = self.docstring(&module.body, true)?;
        self.setup_annotations(body);
        self.statements(body)?;
        self.deferred_annotations(scope, 1)?;
        self.return_none();
        Ok(())
    }

    /// Stores a leading docstring as `__doc__` (module and class bodies) and
    /// returns the remaining statements; a function's docstring becomes its
    /// first constant instead.
    fn docstring(&mut self, body: &'a [Stmt], store: bool) -> Result<&'a [Stmt]> {
        if let Some(doc) = fold::docstring(body) {
            if store {
                let saved = self.set_loc(body[0].range());
                self.load_const(Constant::Str(doc.clone()));
                self.store_name("__doc__");
                self.restore_loc(saved);
            }
            return Ok(&body[1..]);
        }
        Ok(body)
    }

    fn return_none(&mut self) {
        self.load_const(Constant::None);
        self.emit(Opcode::RETURN_VALUE, 0);
    }
}
