//! Operator, delimiter and keyword spellings (CPython's generated token.c
//! tables and the grammar's hard keywords).

use super::token::TokenKind;

/// The token of a one-character operator or delimiter; other printable
/// characters are a generic `Op` the parser rejects.
pub fn one_char(c: u8) -> TokenKind {
    match c {
        b'%' => TokenKind::Percent,
        b'&' => TokenKind::Amper,
        b'(' => TokenKind::LPar,
        b')' => TokenKind::RPar,
        b'*' => TokenKind::Star,
        b'+' => TokenKind::Plus,
        b',' => TokenKind::Comma,
        b'-' => TokenKind::Minus,
        b'.' => TokenKind::Dot,
        b'/' => TokenKind::Slash,
        b':' => TokenKind::Colon,
        b';' => TokenKind::Semi,
        b'<' => TokenKind::Less,
        b'=' => TokenKind::Equal,
        b'>' => TokenKind::Greater,
        b'@' => TokenKind::At,
        b'[' => TokenKind::LSqb,
        b']' => TokenKind::RSqb,
        b'^' => TokenKind::Circumflex,
        b'{' => TokenKind::LBrace,
        b'|' => TokenKind::VBar,
        b'}' => TokenKind::RBrace,
        b'~' => TokenKind::Tilde,
        b'!' => TokenKind::Exclamation,
        _ => TokenKind::Op,
    }
}

/// A two- or three-character operator starting with `c` followed by `rest`:
/// its kind and how many bytes of `rest` it takes. CPython 3.14 reads `<>`
/// as `<` then `>` (outside Barry-as-FLUFL mode, which ferropy lacks).
pub fn multi_char(c: u8, rest: &[u8]) -> Option<(TokenKind, usize)> {
    let second = *rest.first()?;
    let two = match (c, second) {
        (b'!', b'=') => TokenKind::NotEqual,
        (b'%', b'=') => TokenKind::PercentEqual,
        (b'&', b'=') => TokenKind::AmperEqual,
        (b'*', b'*') => TokenKind::DoubleStar,
        (b'*', b'=') => TokenKind::StarEqual,
        (b'+', b'=') => TokenKind::PlusEqual,
        (b'-', b'=') => TokenKind::MinEqual,
        (b'-', b'>') => TokenKind::RArrow,
        (b'/', b'/') => TokenKind::DoubleSlash,
        (b'/', b'=') => TokenKind::SlashEqual,
        (b':', b'=') => TokenKind::ColonEqual,
        (b'<', b'<') => TokenKind::LeftShift,
        (b'<', b'=') => TokenKind::LessEqual,
        (b'=', b'=') => TokenKind::EqEqual,
        (b'>', b'=') => TokenKind::GreaterEqual,
        (b'>', b'>') => TokenKind::RightShift,
        (b'@', b'=') => TokenKind::AtEqual,
        (b'^', b'=') => TokenKind::CircumflexEqual,
        (b'|', b'=') => TokenKind::VBarEqual,
        _ => return None,
    };
    let three = match (two, rest.get(1)) {
        (TokenKind::DoubleStar, Some(b'=')) => Some(TokenKind::DoubleStarEqual),
        (TokenKind::DoubleSlash, Some(b'=')) => Some(TokenKind::DoubleSlashEqual),
        (TokenKind::LeftShift, Some(b'=')) => Some(TokenKind::LeftShiftEqual),
        (TokenKind::RightShift, Some(b'=')) => Some(TokenKind::RightShiftEqual),
        _ => None,
    };
    Some(three.map_or((two, 1), |kind| (kind, 2)))
}

/// The token of a hard keyword; soft keywords (`match`, `case`, `type`, `_`)
/// stay names.
pub fn keyword(name: &str) -> Option<TokenKind> {
    Some(match name {
        "False" => TokenKind::False,
        "None" => TokenKind::None,
        "True" => TokenKind::True,
        "and" => TokenKind::And,
        "as" => TokenKind::As,
        "assert" => TokenKind::Assert,
        "async" => TokenKind::Async,
        "await" => TokenKind::Await,
        "break" => TokenKind::Break,
        "class" => TokenKind::Class,
        "continue" => TokenKind::Continue,
        "def" => TokenKind::Def,
        "del" => TokenKind::Del,
        "elif" => TokenKind::Elif,
        "else" => TokenKind::Else,
        "except" => TokenKind::Except,
        "finally" => TokenKind::Finally,
        "for" => TokenKind::For,
        "from" => TokenKind::From,
        "global" => TokenKind::Global,
        "if" => TokenKind::If,
        "import" => TokenKind::Import,
        "in" => TokenKind::In,
        "is" => TokenKind::Is,
        "lambda" => TokenKind::Lambda,
        "nonlocal" => TokenKind::Nonlocal,
        "not" => TokenKind::Not,
        "or" => TokenKind::Or,
        "pass" => TokenKind::Pass,
        "raise" => TokenKind::Raise,
        "return" => TokenKind::Return,
        "try" => TokenKind::Try,
        "while" => TokenKind::While,
        "with" => TokenKind::With,
        "yield" => TokenKind::Yield,
        _ => return None,
    })
}
