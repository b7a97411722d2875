//! Number literals to values.

use crate::ast::Constant;

/// Parses a NUMBER token's text (`0x_ff`, `1_000`, `1e10`, `3.14j`, ...) into
/// its constant. Fails with CPython's message for a decimal literal over the
/// 4300-digit int conversion limit.
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let _ = text;
    unimplemented!()
}
