//! Expressions: operators, short-circuit tests, comparisons, calls,
//! collection displays (with unpacking), f-strings and t-strings, yield and
//! await. Functions, lambdas and comprehensions are in
//! [`super::functions`].

use super::cfg::BlockId;
use super::{Compiler, Result, error, fold};
use crate::ast::*;
use crate::bytecode::{CompareOp, Constant, Intrinsic1, Opcode};

/// Most arguments and elements pushed before a collection is built (or a
/// call made) piecewise, so huge displays cannot need an unbounded stack.
const STACK_USE_GUIDELINE: usize = 30;

/// Lists and sets of at least this many constants are built from one
/// constant tuple (or frozenset), as CPython's optimizer builds them.
const MIN_CONST_SEQUENCE: usize = 3;

/// Which collection a display builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> Result {
        let saved = self.set_loc(e.range());
        self.expr_inner(e)?;
        self.restore_loc(saved);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Result {
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_block();
                let op = match b.op {
                    BoolOperator::And => Opcode::JUMP_IF_FALSE_OR_POP,
                    BoolOperator::Or => Opcode::JUMP_IF_TRUE_OR_POP,
                };
                let (last, init) = b.values.split_last().expect("a BoolOp has values");
                for value in init {
                    self.expr(value)?;
                    self.jump(op, end);
                }
                self.expr(last)?;
                self.use_block(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                let folded = self.fold_last(2, |c| match c {
                    [left, right] => fold::binary(b.op, left.clone(), right.clone()),
                    _ => None,
                });
                if !folded {
                    self.emit(Opcode::BINARY_OP, super::statements::binary_op(b.op) as u32);
                }
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                if self.fold_last(1, |c| fold::unary(u.op, c[0].clone())) {
                    return Ok(());
                }
                match u.op {
                    UnaryOperator::Not => self.emit(Opcode::UNARY_NOT, 0),
                    UnaryOperator::USub => self.emit(Opcode::UNARY_NEGATIVE, 0),
                    UnaryOperator::Invert => self.emit(Opcode::UNARY_INVERT, 0),
                    UnaryOperator::UAdd => {
                        self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::UnaryPositive as u32)
                    }
                }
            }
            Expr::Lambda(l) => self.lambda(e, l)?,
            Expr::IfExp(i) => {
                let orelse = self.new_block();
                let end = self.new_block();
                self.jump_if(&i.test, orelse, false)?;
                self.expr(&i.body)?;
                self.jump(Opcode::JUMP, end);
                self.use_block(orelse);
                self.expr(&i.orelse)?;
                self.use_block(end);
            }
            Expr::Dict(d) => self.dict(d)?,
            Expr::Set(s) => self.collection(&s.elts, Collection::Set)?,
            Expr::List(l) => self.collection(&l.elts, Collection::List)?,
            Expr::Tuple(t) => match fold::fold(e) {
                Some(value) => self.load_const(value),
                None => self.collection(&t.elts, Collection::Tuple)?,
            },
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::GeneratorExp(_) => {
                self.comprehension(e)?
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.yield_from(true);
            }
            Expr::Yield(y) => {
                if !self.ur().scope.kind.is_function_like() {
                    return Err(error("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(value) => self.expr(value)?,
                    None => self.load_const(Constant::None),
                }
                if self.ur().scope.coroutine {
                    self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::AsyncGenWrap as u32);
                }
                let depth = self.ur().fblocks.len() as u32;
                self.emit(Opcode::YIELD_VALUE, depth);
                self.emit(Opcode::RESUME, 1);
            }
            Expr::YieldFrom(y) => {
                let scope = self.ur().scope;
                if !scope.kind.is_function_like() {
                    return Err(error("'yield from' outside function", y.range));
                }
                if scope.coroutine {
                    return Err(error("'yield from' inside async function", y.range));
                }
                self.expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.yield_from(false);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FormattedValue(f) => {
                self.formatted(&f.value, f.conversion, f.format_spec.as_deref())?
            }
            Expr::Interpolation(i) => self.interpolation(i)?,
            Expr::JoinedStr(j) => {
                if j.values.is_empty() {
                    self.load_const(Constant::Str(String::new().into()));
                } else {
                    for value in &j.values {
                        self.expr(value)?;
                    }
                    if j.values.len() > 1 {
                        self.emit(Opcode::BUILD_STRING, j.values.len() as u32);
                    }
                }
            }
            Expr::TemplateStr(t) => self.template(t)?,
            Expr::Constant(c) => self.load_const(fold::constant(&c.value)),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_attr_loc(a);
                self.emit_name(Opcode::LOAD_ATTR, &a.attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                if self.two_part_slice(&s.slice)? {
                    self.set_loc(s.range);
                    self.emit(Opcode::BINARY_SLICE, 0);
                } else {
                    self.expr(&s.slice)?;
                    self.set_loc(s.range);
                    self.emit(Opcode::BINARY_SUBSCR, 0);
                }
            }
            Expr::Starred(s) => return Err(error("can't use starred expression here", s.range)),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::Slice(s) => {
                self.optional(s.lower.as_deref())?;
                self.optional(s.upper.as_deref())?;
                match &s.step {
                    Some(step) => {
                        self.expr(step)?;
                        self.emit(Opcode::BUILD_SLICE, 3);
                    }
                    None => self.emit(Opcode::BUILD_SLICE, 2),
                }
            }
        }
        Ok(())
    }

    /// Folds the constants the last `n` instructions of the current block
    /// load (an operator's operands, just compiled) into one, if they are
    /// all `LOAD_CONST` and `f` gives a value: folding bottom-up as the
    /// expression is compiled keeps it linear in the expression's size.
    fn fold_last(&mut self, n: usize, f: impl FnOnce(&[Constant]) -> Option<Constant>) -> bool {
        let u = self.ur();
        let instrs = &u.cfg.blocks[u.current.0].instrs;
        let Some(last) = instrs.len().checked_sub(n).map(|at| &instrs[at..]) else {
            return false;
        };
        if !last.iter().all(|i| i.op == Opcode::LOAD_CONST) {
            return false;
        }
        let operands: Vec<Constant> = last
            .iter()
            .map(|i| u.consts[i.arg as usize].clone())
            .collect();
        let Some(value) = f(&operands) else {
            return false;
        };
        let current = u.current;
        let instrs = &mut self.u().cfg.block(current).instrs;
        instrs.truncate(instrs.len() - n);
        self.load_const(value);
        true
    }

    /// Pushes `e`, or None.
    fn optional(&mut self, e: Option<&'a Expr>) -> Result {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.load_const(Constant::None);
                Ok(())
            }
        }
    }

    /// Pushes the bounds of a slice without a step (for `BINARY_SLICE` and
    /// `STORE_SLICE`); false if `slice` is something else.
    pub(super) fn two_part_slice(&mut self, slice: &'a Expr) -> Result<bool> {
        match slice {
            Expr::Slice(s) if s.step.is_none() => {
                self.optional(s.lower.as_deref())?;
                self.optional(s.upper.as_deref())?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Delegates to the iterator on the stack under the value to send:
    /// `receiver value -> result` (`yield from` and `await`).
    pub(super) fn yield_from(&mut self, is_await: bool) {
        let send = self.new_block();
        let fail = self.new_block();
        let exit = self.new_block();
        self.use_block(send);
        self.jump(Opcode::SEND, exit);
        self.jump(Opcode::SETUP_FINALLY, fail);
        let depth = self.ur().fblocks.len() as u32 + 1;
        self.emit(Opcode::YIELD_VALUE, depth);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::RESUME, if is_await { 3 } else { 2 });
        self.jump(Opcode::JUMP, send);
        self.use_block(fail);
        self.emit(Opcode::CLEANUP_THROW, 0);
        self.use_block(exit);
        self.emit(Opcode::END_SEND, 0);
    }

    /// Jumps to `target` if `e` is true (`cond`) or false (`!cond`),
    /// short-circuiting `not`, `and` and `or`.
    pub(super) fn jump_if(&mut self, e: &'a Expr, target: BlockId, cond: bool) -> Result {
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOperator::Not => {
                return self.jump_if(&u.operand, target, !cond);
            }
            Expr::BoolOp(b) => {
                let is_or = b.op == BoolOperator::Or;
                let (last, init) = b.values.split_last().expect("a BoolOp has values");
                let next = if is_or == cond {
                    target
                } else {
                    self.new_block()
                };
                for value in init {
                    self.jump_if(value, next, is_or)?;
                }
                self.jump_if(last, target, cond)?;
                if next != target {
                    self.use_block(next);
                }
                return Ok(());
            }
            _ => {}
        }
        if let Some(value) = fold::fold(e).and_then(|v| fold::truth(&v)) {
            // A constant test: no test at all (the dead branch is dropped).
            let saved = self.set_loc(e.range());
            if value == cond {
                self.jump(Opcode::JUMP, target);
            } else {
                self.emit(Opcode::NOP, 0);
            }
            self.restore_loc(saved);
            return Ok(());
        }
        self.expr(e)?;
        let saved = self.set_loc(e.range());
        let op = if cond {
            Opcode::POP_JUMP_IF_TRUE
        } else {
            Opcode::POP_JUMP_IF_FALSE
        };
        self.jump(op, target);
        self.restore_loc(saved);
        Ok(())
    }

    fn compare(&mut self, c: &'a ExprCompare) -> Result {
        self.expr(&c.left)?;
        let n = c.ops.len();
        if n == 1 {
            if matches!(c.ops[0], CmpOperator::In | CmpOperator::NotIn) {
                self.iterable(&c.comparators[0])?;
            } else {
                self.expr(&c.comparators[0])?;
            }
            self.compare_op(c.ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        let end = self.new_block();
        for (op, comparator) in c.ops.iter().zip(&c.comparators).take(n - 1) {
            self.expr(comparator)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(*op);
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.expr(&c.comparators[n - 1])?;
        self.compare_op(c.ops[n - 1]);
        self.jump(Opcode::JUMP, end);
        self.use_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_block(end);
        Ok(())
    }

    /// Pushes what a `for` iterates or `in` searches: a list or set of
    /// constants is a constant tuple or frozenset there, as CPython makes it.
    pub(super) fn iterable(&mut self, e: &'a Expr) -> Result {
        let constant = match e {
            Expr::List(l) => l
                .elts
                .iter()
                .map(fold::fold)
                .collect::<Option<Vec<_>>>()
                .map(|items| Constant::Tuple(items.into())),
            Expr::Set(s) => s
                .elts
                .iter()
                .map(fold::fold)
                .collect::<Option<Vec<_>>>()
                .map(|items| Constant::FrozenSet(items.into())),
            _ => None,
        };
        match constant {
            Some(constant) => {
                let saved = self.set_loc(e.range());
                self.load_const(constant);
                self.restore_loc(saved);
                Ok(())
            }
            None => self.expr(e),
        }
    }

    fn compare_op(&mut self, op: CmpOperator) {
        let (opcode, arg) = match op {
            CmpOperator::Eq => (Opcode::COMPARE_OP, (CompareOp::Eq as u32) << 1),
            CmpOperator::NotEq => (Opcode::COMPARE_OP, (CompareOp::Ne as u32) << 1),
            CmpOperator::Lt => (Opcode::COMPARE_OP, (CompareOp::Lt as u32) << 1),
            CmpOperator::LtE => (Opcode::COMPARE_OP, (CompareOp::Le as u32) << 1),
            CmpOperator::Gt => (Opcode::COMPARE_OP, (CompareOp::Gt as u32) << 1),
            CmpOperator::GtE => (Opcode::COMPARE_OP, (CompareOp::Ge as u32) << 1),
            CmpOperator::Is => (Opcode::IS_OP, 0),
            CmpOperator::IsNot => (Opcode::IS_OP, 1),
            CmpOperator::In => (Opcode::CONTAINS_OP, 0),
            CmpOperator::NotIn => (Opcode::CONTAINS_OP, 1),
        };
        self.emit(opcode, arg);
    }

    /// A list, tuple or set display; with starred items (or very many) it is
    /// built piecewise into a list first.
    fn collection(&mut self, elts: &'a [Expr], kind: Collection) -> Result {
        if kind != Collection::Tuple
            && (MIN_CONST_SEQUENCE..=STACK_USE_GUIDELINE).contains(&elts.len())
        {
            let items: Option<Vec<Constant>> = elts.iter().map(fold::fold).collect();
            if let Some(items) = items {
                // One constant extends an empty list or set.
                let (build, extend, constant) = match kind {
                    Collection::Set => (
                        Opcode::BUILD_SET,
                        Opcode::SET_UPDATE,
                        Constant::FrozenSet(items.into()),
                    ),
                    _ => (
                        Opcode::BUILD_LIST,
                        Opcode::LIST_EXTEND,
                        Constant::Tuple(items.into()),
                    ),
                };
                self.emit(build, 0);
                self.load_const(constant);
                self.emit(extend, 1);
                return Ok(());
            }
        }
        if kind == Collection::Tuple
            && let Some(items) = elts.iter().map(fold::fold).collect::<Option<Vec<_>>>()
        {
            self.load_const(Constant::Tuple(items.into()));
            return Ok(());
        }
        let starred = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !starred && elts.len() <= STACK_USE_GUIDELINE {
            for elt in elts {
                self.expr(elt)?;
            }
            let op = match kind {
                Collection::List => Opcode::BUILD_LIST,
                Collection::Tuple => Opcode::BUILD_TUPLE,
                Collection::Set => Opcode::BUILD_SET,
            };
            self.emit(op, elts.len() as u32);
            return Ok(());
        }
        let (build, add, extend) = match kind {
            Collection::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
            _ => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
        };
        self.emit(build, 0);
        for elt in elts {
            match elt {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(elt)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == Collection::Tuple {
            self.emit(Opcode::CALL_INTRINSIC_1, Intrinsic1::ListToTuple as u32);
        }
        Ok(())
    }

    fn dict(&mut self, d: &'a ExprDict) -> Result {
        let unpacks = d.keys.iter().any(Option::is_none);
        if !unpacks && d.keys.len() <= STACK_USE_GUIDELINE / 2 {
            for (key, value) in d.keys.iter().zip(&d.values) {
                self.expr(key.as_ref().expect("no unpacking"))?;
                self.expr(value)?;
            }
            self.emit(Opcode::BUILD_MAP, d.keys.len() as u32);
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, 0);
        for (key, value) in d.keys.iter().zip(&d.values) {
            match key {
                Some(key) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.emit(Opcode::MAP_ADD, 1);
                }
                None => {
                    self.expr(value)?;
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ExprCall) -> Result {
        check_keywords(&c.keywords)?;
        let simple = !c.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && c.keywords.iter().all(|k| k.arg.is_some())
            && c.args.len() + c.keywords.len() <= STACK_USE_GUIDELINE;
        match &*c.func {
            Expr::Attribute(a) if simple => {
                self.expr(&a.value)?;
                // The call is located at the method's name too.
                self.set_attr_loc(a);
                self.emit_name(Opcode::LOAD_METHOD, &a.attr);
            }
            func => {
                self.expr(func)?;
                self.emit(Opcode::PUSH_NULL, 0);
            }
        }
        self.call_args(&c.args, &c.keywords, simple)
    }

    /// Attribute access is located at the attribute's name when the object
    /// expression spans lines (CPython's `update_start_location_to_match_attr`).
    pub(super) fn set_attr_loc(&mut self, a: &ExprAttribute) {
        let mut loc = super::location(a.range);
        if a.range.start.line != a.range.end.line {
            loc.line = a.range.end.line;
            loc.col = a.range.end.col.saturating_sub(a.attr.len() as u32);
        }
        self.u().loc = loc;
    }

    /// Pushes the arguments of a call whose callable and self-or-NULL are
    /// on the stack, and calls.
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        simple: bool,
    ) -> Result {
        if simple {
            for arg in args {
                self.expr(arg)?;
            }
            for keyword in keywords {
                self.expr(&keyword.value)?;
            }
            let count = (args.len() + keywords.len()) as u32;
            if keywords.is_empty() {
                self.emit(Opcode::CALL, count);
            } else {
                let names = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_deref().unwrap_or("").to_string().into()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                self.emit(Opcode::CALL_KW, count);
            }
            return Ok(());
        }
        match args {
            // `f(*xs)`: the iterable itself; CALL_FUNCTION_EX makes the
            // tuple (and names the function if it is not iterable).
            [Expr::Starred(star)] => self.expr(&star.value)?,
            _ => self.collection(args, Collection::Tuple)?,
        }
        if keywords.is_empty() {
            self.emit(Opcode::CALL_FUNCTION_EX, 0);
            return Ok(());
        }
        self.emit(Opcode::BUILD_MAP, 0);
        for keyword in keywords {
            let saved = self.set_loc(keyword.range);
            if let Some(name) = &keyword.arg {
                self.load_const(Constant::Str(name.to_string().into()));
                self.expr(&keyword.value)?;
                self.emit(Opcode::BUILD_MAP, 1);
            } else {
                self.expr(&keyword.value)?;
            }
            self.emit(Opcode::DICT_MERGE, 1);
            self.restore_loc(saved);
        }
        self.emit(Opcode::CALL_FUNCTION_EX, 1);
        Ok(())
    }

    fn formatted(&mut self, value: &'a Expr, conversion: i64, spec: Option<&'a Expr>) -> Result {
        self.expr(value)?;
        if let Some(conversion) = conversion_arg(conversion) {
            self.emit(Opcode::CONVERT_VALUE, conversion);
        }
        match spec {
            Some(spec) => {
                self.expr(spec)?;
                self.emit(Opcode::FORMAT_WITH_SPEC, 0);
            }
            None => self.emit(Opcode::FORMAT_SIMPLE, 0),
        }
        Ok(())
    }

    fn interpolation(&mut self, i: &'a ExprInterpolation) -> Result {
        self.expr(&i.value)?;
        self.load_const(Constant::Str(i.str.to_string().into()));
        let mut arg = conversion_arg(i.conversion).unwrap_or(0) << 2;
        if let Some(spec) = &i.format_spec {
            self.expr(spec)?;
            arg |= 1;
        }
        self.emit(Opcode::BUILD_INTERPOLATION, arg);
        Ok(())
    }

    /// A t-string: the tuple of its strings (one more than interpolations)
    /// and the tuple of its interpolations.
    fn template(&mut self, t: &'a ExprTemplateStr) -> Result {
        let mut strings = Vec::new();
        let mut pending: Option<Vec<u8>> = None;
        let mut interpolations = Vec::new();
        for value in &t.values {
            match value {
                Expr::Constant(c) => {
                    if let crate::ast::Constant::Str(s) = &c.value {
                        pending
                            .get_or_insert_default()
                            .extend_from_slice(s.as_wtf8());
                    }
                }
                other => {
                    let text = pending.take().unwrap_or_default();
                    strings.push(Constant::Str(crate::ast::PyString::from_wtf8(text)));
                    interpolations.push(other);
                }
            }
        }
        strings.push(Constant::Str(crate::ast::PyString::from_wtf8(
            pending.unwrap_or_default(),
        )));
        self.load_const(Constant::Tuple(strings.into()));
        for interpolation in &interpolations {
            self.expr(interpolation)?;
        }
        self.emit(Opcode::BUILD_TUPLE, interpolations.len() as u32);
        self.emit(Opcode::BUILD_TEMPLATE, 0);
        Ok(())
    }
}

/// `CONVERT_VALUE`'s argument for an AST conversion (`-1` is none).
fn conversion_arg(conversion: i64) -> Option<u32> {
    match u8::try_from(conversion).ok()? {
        b's' => Some(1),
        b'r' => Some(2),
        b'a' => Some(3),
        _ => None,
    }
}

/// CPython's check that no keyword argument is given twice.
pub(super) fn check_keywords(keywords: &[Keyword]) -> Result {
    for (i, keyword) in keywords.iter().enumerate() {
        let Some(name) = &keyword.arg else { continue };
        if keywords[i + 1..]
            .iter()
            .any(|k| k.arg.as_ref() == Some(name))
        {
            let repeat = keywords[i + 1..]
                .iter()
                .find(|k| k.arg.as_ref() == Some(name))
                .expect("found above");
            return Err(error(
                format!("keyword argument repeated: {name}"),
                repeat.range,
            ));
        }
    }
    Ok(())
}
