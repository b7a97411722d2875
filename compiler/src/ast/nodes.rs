//! The node types of Python 3.14's abstract syntax tree, field for field as
//! CPython's `ast` module has them (same names, same order), so that
//! [`dump`](super::dump) can print exactly what `ast.dump` prints.
//!
//! Every node is plain data with public fields. Nodes that CPython gives
//! position attributes carry a [`Range`]; the rest (`arguments`,
//! `comprehension`, `withitem`, `match_case`) do not. The structs and their
//! `Dump` impls are generated from one list by the macros below, so a field
//! cannot be added to one without the other.

use super::constant::Constant as ConstantValue;
use super::dump::{Dump, Dumper};

/// A 1-based line and a 0-based column counted in UTF-8 bytes, as CPython's
/// `lineno`/`col_offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// The source span of a node: CPython's `lineno`, `col_offset`, `end_lineno`,
/// `end_col_offset`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Range {
    pub start: Pos,
    pub end: Pos,
}

impl Range {
    pub fn new(start: Pos, end: Pos) -> Range {
        Range { start, end }
    }
}

/// An identifier (NFKC-normalized) or another plain string field.
pub type Identifier = Box<str>;

/// Generates a sum type whose variants each wrap a struct (named with the sum's
/// prefix, as `Stmt::If(StmtIf)`) that carries a `range`, plus the `Dump` impls.
macro_rules! ranged_sum {
    ($(#[$meta:meta])* $Sum:ident { $( $Variant:ident($Struct:ident) { $( $field:ident : $ty:ty ),* $(,)? } )* }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub enum $Sum { $( $Variant($Struct), )* }

        $(
            #[derive(Clone, Debug, PartialEq)]
            pub struct $Struct { $( pub $field: $ty, )* pub range: Range }

            impl From<$Struct> for $Sum {
                fn from(node: $Struct) -> $Sum { $Sum::$Variant(node) }
            }

            impl Dump for $Struct {
                fn dump(&self, out: &mut Dumper) {
                    out.begin(stringify!($Variant));
                    $( out.field(stringify!($field), &self.$field); )*
                    out.attributes(&self.range);
                    out.end();
                }
            }
        )*

        impl $Sum {
            /// The node's source span.
            pub fn range(&self) -> Range {
                match self { $( $Sum::$Variant(node) => node.range, )* }
            }

            /// Mutable access to the node's source span.
            pub fn range_mut(&mut self) -> &mut Range {
                match self { $( $Sum::$Variant(node) => &mut node.range, )* }
            }
        }

        impl Dump for $Sum {
            fn dump(&self, out: &mut Dumper) {
                match self { $( $Sum::$Variant(node) => node.dump(out), )* }
            }
        }
    };
}

/// Generates a product type (one struct), with or without a range; `$py` is
/// CPython's class name (`keyword`, `arguments`, ...).
macro_rules! product {
    ($(#[$meta:meta])* $Name:ident = $py:literal ranged { $( $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $Name { $( pub $field: $ty, )* pub range: Range }

        impl Dump for $Name {
            fn dump(&self, out: &mut Dumper) {
                out.begin($py);
                $( out.field(stringify!($field), &self.$field); )*
                out.attributes(&self.range);
                out.end();
            }
        }
    };
    ($(#[$meta:meta])* $Name:ident = $py:literal { $( $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq)]
        pub struct $Name { $( pub $field: $ty, )* }

        impl Dump for $Name {
            fn dump(&self, out: &mut Dumper) {
                out.begin($py);
                $( out.field(stringify!($field), &self.$field); )*
                out.end();
            }
        }
    };
}

/// Generates a field-less enum (operators, contexts) dumped as `Name()`.
macro_rules! simple_sum {
    ($(#[$meta:meta])* $Sum:ident { $( $Variant:ident ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $Sum { $( $Variant, )* }

        impl $Sum {
            /// CPython's class name for this node.
            pub fn name(self) -> &'static str {
                match self { $( $Sum::$Variant => stringify!($Variant), )* }
            }
        }

        impl Dump for $Sum {
            fn dump(&self, out: &mut Dumper) {
                out.begin(self.name());
                out.end();
            }
        }
    };
}

product! {
    /// A parsed module (`mode='exec'`).
    Module = "Module" { body: Vec<Stmt>, type_ignores: Vec<TypeIgnore> }
}

product! {
    /// `# type: ignore` comments; only produced with `type_comments=True`.
    TypeIgnore = "TypeIgnore" { lineno: i64, tag: Identifier }
}

product! {
    /// A parsed expression (`mode='eval'`).
    Expression = "Expression" { body: Box<Expr> }
}

ranged_sum! {
    /// A statement.
    Stmt {
        FunctionDef(StmtFunctionDef) {
            name: Identifier, args: Box<Arguments>, body: Vec<Stmt>, decorator_list: Vec<Expr>,
            returns: Option<Box<Expr>>, type_comment: Option<Identifier>, type_params: Vec<TypeParam>,
        }
        AsyncFunctionDef(StmtAsyncFunctionDef) {
            name: Identifier, args: Box<Arguments>, body: Vec<Stmt>, decorator_list: Vec<Expr>,
            returns: Option<Box<Expr>>, type_comment: Option<Identifier>, type_params: Vec<TypeParam>,
        }
        ClassDef(StmtClassDef) {
            name: Identifier, bases: Vec<Expr>, keywords: Vec<Keyword>, body: Vec<Stmt>,
            decorator_list: Vec<Expr>, type_params: Vec<TypeParam>,
        }
        Return(StmtReturn) { value: Option<Box<Expr>> }
        Delete(StmtDelete) { targets: Vec<Expr> }
        Assign(StmtAssign) { targets: Vec<Expr>, value: Box<Expr>, type_comment: Option<Identifier> }
        TypeAlias(StmtTypeAlias) { name: Box<Expr>, type_params: Vec<TypeParam>, value: Box<Expr> }
        AugAssign(StmtAugAssign) { target: Box<Expr>, op: Operator, value: Box<Expr> }
        AnnAssign(StmtAnnAssign) { target: Box<Expr>, annotation: Box<Expr>, value: Option<Box<Expr>>, simple: i64 }
        For(StmtFor) {
            target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>,
            type_comment: Option<Identifier>,
        }
        AsyncFor(StmtAsyncFor) {
            target: Box<Expr>, iter: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt>,
            type_comment: Option<Identifier>,
        }
        While(StmtWhile) { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> }
        If(StmtIf) { test: Box<Expr>, body: Vec<Stmt>, orelse: Vec<Stmt> }
        With(StmtWith) { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<Identifier> }
        AsyncWith(StmtAsyncWith) { items: Vec<WithItem>, body: Vec<Stmt>, type_comment: Option<Identifier> }
        Match(StmtMatch) { subject: Box<Expr>, cases: Vec<MatchCase> }
        Raise(StmtRaise) { exc: Option<Box<Expr>>, cause: Option<Box<Expr>> }
        Try(StmtTry) { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> }
        TryStar(StmtTryStar) { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> }
        Assert(StmtAssert) { test: Box<Expr>, msg: Option<Box<Expr>> }
        Import(StmtImport) { names: Vec<Alias> }
        ImportFrom(StmtImportFrom) { module: Option<Identifier>, names: Vec<Alias>, level: i64 }
        Global(StmtGlobal) { names: Vec<Identifier> }
        Nonlocal(StmtNonlocal) { names: Vec<Identifier> }
        Expr(StmtExpr) { value: Box<Expr> }
        Pass(StmtPass) {}
        Break(StmtBreak) {}
        Continue(StmtContinue) {}
    }
}

ranged_sum! {
    /// An expression.
    Expr {
        BoolOp(ExprBoolOp) { op: BoolOperator, values: Vec<Expr> }
        NamedExpr(ExprNamedExpr) { target: Box<Expr>, value: Box<Expr> }
        BinOp(ExprBinOp) { left: Box<Expr>, op: Operator, right: Box<Expr> }
        UnaryOp(ExprUnaryOp) { op: UnaryOperator, operand: Box<Expr> }
        Lambda(ExprLambda) { args: Box<Arguments>, body: Box<Expr> }
        IfExp(ExprIfExp) { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> }
        Dict(ExprDict) { keys: Vec<Option<Expr>>, values: Vec<Expr> }
        Set(ExprSet) { elts: Vec<Expr> }
        ListComp(ExprListComp) { elt: Box<Expr>, generators: Vec<Comprehension> }
        SetComp(ExprSetComp) { elt: Box<Expr>, generators: Vec<Comprehension> }
        DictComp(ExprDictComp) { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> }
        GeneratorExp(ExprGeneratorExp) { elt: Box<Expr>, generators: Vec<Comprehension> }
        Await(ExprAwait) { value: Box<Expr> }
        Yield(ExprYield) { value: Option<Box<Expr>> }
        YieldFrom(ExprYieldFrom) { value: Box<Expr> }
        Compare(ExprCompare) { left: Box<Expr>, ops: Vec<CmpOperator>, comparators: Vec<Expr> }
        Call(ExprCall) { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> }
        FormattedValue(ExprFormattedValue) { value: Box<Expr>, conversion: i64, format_spec: Option<Box<Expr>> }
        Interpolation(ExprInterpolation) { value: Box<Expr>, str: Identifier, conversion: i64, format_spec: Option<Box<Expr>> }
        JoinedStr(ExprJoinedStr) { values: Vec<Expr> }
        TemplateStr(ExprTemplateStr) { values: Vec<Expr> }
        Constant(ExprConstant) { value: ConstantValue, kind: Option<Identifier> }
        Attribute(ExprAttribute) { value: Box<Expr>, attr: Identifier, ctx: ExprContext }
        Subscript(ExprSubscript) { value: Box<Expr>, slice: Box<Expr>, ctx: ExprContext }
        Starred(ExprStarred) { value: Box<Expr>, ctx: ExprContext }
        Name(ExprName) { id: Identifier, ctx: ExprContext }
        List(ExprList) { elts: Vec<Expr>, ctx: ExprContext }
        Tuple(ExprTuple) { elts: Vec<Expr>, ctx: ExprContext }
        Slice(ExprSlice) { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> }
    }
}

simple_sum! {
    /// Whether an expression is read, assigned or deleted.
    ExprContext { Load, Store, Del }
}

simple_sum! {
    /// `and` / `or`.
    BoolOperator { And, Or }
}

simple_sum! {
    /// A binary (and augmented-assignment) operator.
    Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
}

simple_sum! {
    /// A unary operator.
    UnaryOperator { Invert, Not, UAdd, USub }
}

simple_sum! {
    /// A comparison operator.
    CmpOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
}

product! {
    /// One `for ... in ... if ...` clause of a comprehension.
    Comprehension = "comprehension" { target: Expr, iter: Expr, ifs: Vec<Expr>, is_async: i64 }
}

product! {
    /// An `except` clause.
    ExceptHandler = "ExceptHandler" ranged { r#type: Option<Box<Expr>>, name: Option<Identifier>, body: Vec<Stmt> }
}

product! {
    /// The parameters of a function or lambda.
    Arguments = "arguments" {
        posonlyargs: Vec<Arg>, args: Vec<Arg>, vararg: Option<Box<Arg>>, kwonlyargs: Vec<Arg>,
        kw_defaults: Vec<Option<Expr>>, kwarg: Option<Box<Arg>>, defaults: Vec<Expr>,
    }
}

product! {
    /// One parameter.
    Arg = "arg" ranged { arg: Identifier, annotation: Option<Box<Expr>>, type_comment: Option<Identifier> }
}

product! {
    /// A keyword argument in a call or class definition; `arg` is None for `**x`.
    Keyword = "keyword" ranged { arg: Option<Identifier>, value: Expr }
}

product! {
    /// `name as asname` in an import.
    Alias = "alias" ranged { name: Identifier, asname: Option<Identifier> }
}

product! {
    /// One context manager of a `with` statement.
    WithItem = "withitem" { context_expr: Expr, optional_vars: Option<Box<Expr>> }
}

product! {
    /// One `case` block of a `match` statement.
    MatchCase = "match_case" { pattern: Pattern, guard: Option<Box<Expr>>, body: Vec<Stmt> }
}

ranged_sum! {
    /// A pattern in a `case` clause.
    Pattern {
        MatchValue(PatternMatchValue) { value: Box<Expr> }
        MatchSingleton(PatternMatchSingleton) { value: ConstantValue }
        MatchSequence(PatternMatchSequence) { patterns: Vec<Pattern> }
        MatchMapping(PatternMatchMapping) { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<Identifier> }
        MatchClass(PatternMatchClass) { cls: Box<Expr>, patterns: Vec<Pattern>, kwd_attrs: Vec<Identifier>, kwd_patterns: Vec<Pattern> }
        MatchStar(PatternMatchStar) { name: Option<Identifier> }
        MatchAs(PatternMatchAs) { pattern: Option<Box<Pattern>>, name: Option<Identifier> }
        MatchOr(PatternMatchOr) { patterns: Vec<Pattern> }
    }
}

ranged_sum! {
    /// A PEP 695 type parameter.
    TypeParam {
        TypeVar(TypeParamTypeVar) { name: Identifier, bound: Option<Box<Expr>>, default_value: Option<Box<Expr>> }
        ParamSpec(TypeParamParamSpec) { name: Identifier, default_value: Option<Box<Expr>> }
        TypeVarTuple(TypeParamTypeVarTuple) { name: Identifier, default_value: Option<Box<Expr>> }
    }
}

impl StmtFunctionDef {
    /// The same definition as `async def`.
    pub fn into_async(self) -> StmtAsyncFunctionDef {
        let StmtFunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            type_comment,
            type_params,
            range,
        } = self;
        StmtAsyncFunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            type_comment,
            type_params,
            range,
        }
    }
}
