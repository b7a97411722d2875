//! The tokens the tokenizer hands to the parser.

use crate::ast::Pos;

/// One kind per token type the parser distinguishes: each operator and each
/// hard keyword has its own kind so the parser matches on one byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    EndMarker,
    Name,
    Number,
    /// A whole string or bytes literal that is not an f-/t-string, prefix and
    /// quotes included.
    String,
    /// A logical line ends (CPython's NEWLINE; blank and comment lines make no token).
    Newline,
    Indent,
    Dedent,
    /// `f"` / `rf'''` ...: the prefix and opening quote of an f-string.
    FStringStart,
    /// Literal text inside an f-string, as written in the source (escapes not
    /// processed, `{{` and `}}` still doubled). It is empty before the `}`
    /// of an empty format spec (`f"{x:}"`), as in CPython.
    FStringMiddle,
    /// The closing quote of an f-string.
    FStringEnd,
    TStringStart,
    TStringMiddle,
    TStringEnd,

    // Delimiters and operators.
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    /// `!=`. (`<>` is `Less` then `Greater`, as in CPython 3.14's tokenizer;
    /// the parser gives it CPython's "Maybe you meant '!='" message.)
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// `!`, which only appears as an f-string conversion marker.
    Exclamation,
    /// A printable ASCII character no rule accepts (`$`, `?`, `` ` ``): CPython
    /// hands it to the parser as a generic OP, which makes it "invalid syntax".
    Op,

    // Hard keywords (soft keywords `match`, `case`, `type`, `_` are Names).
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// A token: its kind, its span in line/column form (as the AST reports
/// positions) and its byte range in the decoded source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: Pos,
    pub end: Pos,
    /// Byte offsets into the decoded source.
    pub lo: u32,
    pub hi: u32,
}

impl Token {
    /// The token's text in `source`.
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        &source[self.lo as usize..self.hi as usize]
    }
}
