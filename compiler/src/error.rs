//! Syntax errors as CPython reports them: a class (`SyntaxError`,
//! `IndentationError`, `TabError`), a message and a location.

use crate::ast::Pos;

/// Which exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// CPython raises MemoryError when source nests too deeply for its parser.
    MemoryError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// Where CPython says an error is: its `lineno`, `offset`, `end_lineno`,
/// `end_offset` attributes (offsets are 1-based and count characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub lineno: i64,
    pub offset: i64,
    pub end_lineno: i64,
    pub end_offset: i64,
}

/// A syntax error; `location` is `None` for the few CPython raises without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub location: Option<Location>,
}

impl SyntaxError {
    /// An error spanning `start..end`, byte positions in `source` (as the AST
    /// has them), converted to CPython's character offsets.
    pub fn at(
        kind: ErrorKind,
        msg: impl Into<String>,
        source: &str,
        start: Pos,
        end: Pos,
    ) -> SyntaxError {
        let location = Location {
            lineno: start.line as i64,
            offset: char_offset(source, start) as i64 + 1,
            end_lineno: end.line as i64,
            end_offset: char_offset(source, end) as i64 + 1,
        };
        SyntaxError {
            kind,
            msg: msg.into(),
            location: Some(location),
        }
    }

    /// A plain `SyntaxError` spanning `start..end`.
    pub fn syntax(msg: impl Into<String>, source: &str, start: Pos, end: Pos) -> SyntaxError {
        SyntaxError::at(ErrorKind::SyntaxError, msg, source, start, end)
    }

    /// The line printed by `--dump-ast` and `--parse-only`:
    /// `SyntaxError: MSG (LINE:COL)`.
    pub fn report(&self) -> String {
        match self.location {
            Some(loc) => format!(
                "{}: {} ({}:{})",
                self.kind.name(),
                self.msg,
                loc.lineno,
                loc.offset
            ),
            None if self.kind == ErrorKind::MemoryError => {
                format!("{}: {}", self.kind.name(), self.msg)
            }
            None => format!("{}: {} (None:None)", self.kind.name(), self.msg),
        }
    }
}

/// The number of characters before byte column `pos.col` on line `pos.line`
/// of `source`. A column inside a multi-byte character counts that character
/// (CPython decodes the prefix with errors="replace"); one past the line's
/// end counts one more, further is clamped there, as CPython clamps it.
pub fn char_offset(source: &str, pos: Pos) -> u32 {
    let Some(line) = source
        .split_inclusive('\n')
        .nth(pos.line.saturating_sub(1) as usize)
    else {
        return pos.col;
    };
    let col = pos.col as usize;
    if col >= line.len() {
        return line.chars().count() as u32 + (col - line.len()).min(1) as u32;
    }
    line.char_indices().take_while(|&(i, _)| i < col).count() as u32
}
