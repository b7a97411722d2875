//! The replacement-field syntax of `str.format` templates: splitting
//! `"a{0!r:>{w}}b"` into literal text and fields, as CPython's
//! `_string.formatter_parser` does. Looking fields up and rendering them
//! needs objects, so it is the VM's.

use super::{PyStr, TextError};

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    /// The field name as written (`0`, `x.attr`, `a[key]`, or empty).
    pub name: PyStr,
    /// The character after `!`, if any (validated when rendering).
    pub conversion: Option<u32>,
    /// The format spec, which may itself hold fields.
    pub spec: PyStr,
}

/// Literal text, then the field that follows it (none at the end).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub literal: PyStr,
    pub field: Option<Field>,
}

const OPEN: u32 = b'{' as u32;
const CLOSE: u32 = b'}' as u32;

/// A cursor over the template.
struct Cursor<'a> {
    text: &'a PyStr,
    pos: usize,
}

impl Cursor<'_> {
    fn next(&mut self) -> Option<u32> {
        let c = self.text.get(self.pos)?;
        self.pos += 1;
        Some(c)
    }

    fn peek(&self) -> Option<u32> {
        self.text.get(self.pos)
    }

    /// The literal text up to the next field, with `{{` and `}}` as one
    /// brace each (a doubled brace ends the piece); whether a field follows.
    fn literal(&mut self) -> Result<(PyStr, bool), TextError> {
        let start = self.pos;
        while let Some(c) = self.next() {
            if c != OPEN && c != CLOSE {
                continue;
            }
            if self.peek() == Some(c) {
                self.pos += 1;
                return Ok((self.text.substring(start, self.pos - 1), false));
            }
            if c == CLOSE {
                return Err(TextError::Value("Single '}' encountered in format string"));
            }
            if self.peek().is_none() {
                return Err(TextError::Value("Single '{' encountered in format string"));
            }
            return Ok((self.text.substring(start, self.pos - 1), true));
        }
        Ok((self.text.substring(start, self.pos), false))
    }

    /// The field after an opening brace, through its closing brace.
    fn field(&mut self) -> Result<Field, TextError> {
        let start = self.pos;
        let mut end_char = None;
        while let Some(c) = self.next() {
            match char::from_u32(c) {
                Some('{') => return Err(TextError::Value("unexpected '{' in field name")),
                // An index may hold any character but `]`.
                Some('[') => {
                    while self.peek().is_some_and(|c| c != u32::from(']')) {
                        self.pos += 1;
                    }
                }
                Some('}' | ':' | '!') => {
                    end_char = Some(c);
                    break;
                }
                _ => {}
            }
        }
        let name_end = if end_char.is_some() {
            self.pos - 1
        } else {
            self.pos
        };
        let name = self.text.substring(start, name_end);
        let mut conversion = None;
        match end_char.and_then(char::from_u32) {
            Some('}') => {
                return Ok(Field {
                    name,
                    conversion,
                    spec: PyStr::new(),
                });
            }
            Some('!') => {
                conversion = Some(self.next().ok_or(TextError::Value(
                    "end of string while looking for conversion specifier",
                ))?);
                match self.next() {
                    Some(CLOSE) => {
                        return Ok(Field {
                            name,
                            conversion,
                            spec: PyStr::new(),
                        });
                    }
                    Some(c) if c != u32::from(':') => {
                        return Err(TextError::Value("expected ':' after conversion specifier"));
                    }
                    _ => {}
                }
            }
            Some(_) => {}
            None => return Err(TextError::Value("expected '}' before end of string")),
        }
        // The spec runs to the brace that balances the field's opening one.
        let spec_start = self.pos;
        let mut depth = 1;
        while let Some(c) = self.next() {
            if c == OPEN {
                depth += 1;
            } else if c == CLOSE {
                depth -= 1;
                if depth == 0 {
                    return Ok(Field {
                        name,
                        conversion,
                        spec: self.text.substring(spec_start, self.pos - 1),
                    });
                }
            }
        }
        Err(TextError::Value("unmatched '{' in format spec"))
    }
}

impl PyStr {
    /// The pieces of `self` read as a `str.format` template.
    pub fn format_template(&self) -> Result<Vec<Piece>, TextError> {
        let mut cursor = Cursor { text: self, pos: 0 };
        let mut pieces = Vec::new();
        while cursor.peek().is_some() {
            let (literal, field_follows) = cursor.literal()?;
            let field = if field_follows {
                Some(cursor.field()?)
            } else {
                None
            };
            pieces.push(Piece { literal, field });
        }
        Ok(pieces)
    }
}
