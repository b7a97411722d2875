//! String literals: implicit concatenation of adjacent string, bytes, f- and
//! t-string tokens (CPython's `_PyPegen_concatenate_strings`), and the
//! replacement fields of f- and t-strings.

use std::borrow::Cow;

use super::{Fail, PResult, Parser};
use crate::ast::*;
use crate::literal::string::{decode_bytes, decode_fstring_middle, decode_str};
use crate::tokenizer::{Token, TokenKind as T};

/// One piece of a concatenation before constants are folded together.
enum Piece<'s> {
    Str {
        value: Cow<'s, [u8]>,
        kind: Option<Identifier>,
        range: Range,
    },
    Bytes(Cow<'s, [u8]>),
    Field(Expr),
}

/// A literal token's prefix flags.
struct Prefix {
    raw: bool,
    bytes: bool,
    /// Starts with a lowercase `u`: the constant's `kind` is `'u'`.
    unicode: bool,
}

/// Splits a literal token (or an f-string start token) into its prefix and
/// the rest, which begins with the quote.
fn split_prefix(text: &str) -> (Prefix, &str) {
    let quote = text.find(['\'', '"']).unwrap_or(text.len());
    let prefix = &text[..quote];
    let has = |c: char| prefix.chars().any(|p| p.eq_ignore_ascii_case(&c));
    (
        Prefix {
            raw: has('r'),
            bytes: has('b'),
            // CPython gives the `u` kind for a lowercase `u` only.
            unicode: prefix.starts_with('u'),
        },
        &text[quote..],
    )
}

/// The text between the quotes of a quoted literal (`'x'`, `"""x"""`).
fn strip_quotes(quoted: &str) -> &str {
    let q = if quoted.len() >= 6 && (quoted.starts_with("'''") || quoted.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    &quoted[q..quoted.len() - q]
}

impl<'a> Parser<'a> {
    /// `strings`: one or more adjacent string tokens as one expression.
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let first = self.peek()?;
        let mut pieces = Vec::new();
        let (mut saw_fstring, mut saw_tstring, mut saw_plain) = (false, false, false);
        loop {
            let token = self.peek()?;
            match token.kind {
                T::String => {
                    self.bump()?;
                    saw_plain = true;
                    pieces.push(self.plain_string(token)?);
                }
                T::FStringStart => {
                    saw_fstring = true;
                    self.interpolated_string(&mut pieces, T::FStringMiddle, T::FStringEnd)?;
                }
                T::TStringStart => {
                    saw_tstring = true;
                    self.interpolated_string(&mut pieces, T::TStringMiddle, T::TStringEnd)?;
                }
                _ => break,
            }
        }
        let range = self.range_from(first.start);
        let bytes = pieces.iter().any(|p| matches!(p, Piece::Bytes(_)));
        if saw_tstring && (saw_plain || saw_fstring) {
            return Err(self.raise_range(
                "cannot mix t-string literals with string or bytes literals",
                range,
            ));
        }
        if bytes && (saw_fstring || pieces.iter().any(|p| !matches!(p, Piece::Bytes(_)))) {
            return Err(self.raise_at_furthest("cannot mix bytes and nonbytes literals"));
        }
        if bytes {
            let mut value = Vec::new();
            for piece in pieces {
                if let Piece::Bytes(b) = piece {
                    value.extend_from_slice(&b);
                }
            }
            return Ok(Expr::Constant(ExprConstant {
                value: Constant::Bytes(value.into_boxed_slice()),
                kind: None,
                range,
            }));
        }
        let values = fold_constants(pieces, saw_fstring || saw_tstring);
        if saw_tstring {
            return Ok(Expr::TemplateStr(ExprTemplateStr { values, range }));
        }
        if saw_fstring {
            return Ok(Expr::JoinedStr(ExprJoinedStr { values, range }));
        }
        let mut values = values;
        Ok(values
            .pop()
            .expect("plain strings fold into exactly one constant"))
    }

    /// A plain string or bytes literal token as a piece.
    fn plain_string(&mut self, token: Token) -> PResult<Piece<'a>> {
        let (prefix, quoted) = split_prefix(self.text(token));
        let body = strip_quotes(quoted);
        let range = Range::new(token.start, token.end);
        if prefix.bytes {
            return match decode_bytes(body, prefix.raw) {
                Ok(value) => Ok(Piece::Bytes(value)),
                Err(err) => Err(self.raise_range(err.msg, range)),
            };
        }
        match decode_str(body, prefix.raw) {
            Ok(value) => {
                let kind = prefix.unicode.then(|| Identifier::from("u"));
                Ok(Piece::Str { value, kind, range })
            }
            Err(err) => Err(self.raise_range(err.msg, range)),
        }
    }

    /// An f-string or t-string: its literal parts and replacement fields,
    /// appended to `pieces`.
    fn interpolated_string(
        &mut self,
        pieces: &mut Vec<Piece<'a>>,
        middle: T,
        end: T,
    ) -> PResult<()> {
        let start = self.bump()?;
        let (prefix, _) = split_prefix(self.text(start));
        let template = middle == T::TStringMiddle;
        loop {
            let token = self.peek()?;
            match token.kind {
                k if k == middle => {
                    self.bump()?;
                    self.push_middle(pieces, token, prefix.raw)?;
                }
                T::LBrace => self.replacement_field(pieces, prefix.raw, middle, template)?,
                k if k == end => {
                    self.bump()?;
                    return Ok(());
                }
                _ => return Err(Fail::NoMatch),
            }
        }
    }

    /// Adds the literal text of a MIDDLE token, unless it decodes to nothing.
    /// Text ending with a newline ends, as in CPython, at the start of the
    /// next line.
    fn push_middle(&self, pieces: &mut Vec<Piece<'a>>, token: Token, raw: bool) -> PResult<()> {
        let value = self.fstring_text(token, raw)?;
        if value.is_empty() {
            return Ok(());
        }
        let end = if self.text(token).ends_with('\n') {
            Pos {
                line: token.end.line + 1,
                col: 0,
            }
        } else {
            token.end
        };
        pieces.push(Piece::Str {
            value,
            kind: None,
            range: Range::new(token.start, end),
        });
        Ok(())
    }

    /// The decoded value of literal f-string text.
    fn fstring_text(&self, token: Token, raw: bool) -> PResult<Cow<'a, [u8]>> {
        decode_fstring_middle(self.text(token), raw)
            .map_err(|err| self.raise(err.msg, token.start, token.end))
    }

    /// `fstring_replacement_field`: `{expr [=] [!conv] [:spec]}`. A debug `=`
    /// adds the expression's text as a constant before the field. `middle` is
    /// the kind of literal-text token of the enclosing string; only top-level
    /// fields of a t-string are Interpolations.
    fn replacement_field(
        &mut self,
        pieces: &mut Vec<Piece<'a>>,
        raw: bool,
        middle: T,
        template: bool,
    ) -> PResult<()> {
        let lbrace = self.bump()?;
        let (saved, count) = (self.pos, pieces.len());
        match self.replacement_field_rest(lbrace, pieces, raw, middle, template) {
            Err(Fail::NoMatch) if self.check_invalid => {
                pieces.truncate(count);
                self.pos = saved;
                self.invalid_replacement_field(lbrace)?;
                Err(Fail::NoMatch)
            }
            result => result,
        }
    }

    /// Parses a nested replacement field only to step over it.
    pub(crate) fn skip_replacement_field(&mut self) -> PResult<()> {
        self.replacement_field(&mut Vec::new(), false, T::FStringMiddle, false)
    }

    /// A replacement field after its `{`.
    fn replacement_field_rest(
        &mut self,
        lbrace: Token,
        pieces: &mut Vec<Piece<'a>>,
        raw: bool,
        middle: T,
        template: bool,
    ) -> PResult<()> {
        let value = self.annotated_rhs()?;
        let after_expr = self.peek()?;
        let debug = self.eat(T::Equal)?.is_some();
        let bang = self.eat(T::Exclamation)?;
        let conversion = match bang {
            Some(bang) => self.conversion(bang, lbrace)?,
            None => -1,
        };
        let colon = self.peek()?;
        let format_spec = if colon.kind == T::Colon {
            Some(Box::new(self.format_spec(raw, middle)?))
        } else {
            None
        };
        let rbrace = self.expect(T::RBrace)?;
        if debug {
            // The text runs from after `{` to the `!`, `:` or `}` that ends it.
            let terminator = bang.unwrap_or(if format_spec.is_some() { colon } else { rbrace });
            let text = self.field_text(lbrace.hi, terminator.lo);
            let start = Pos {
                line: lbrace.start.line,
                col: lbrace.start.col + 1,
            };
            let range = Range::new(start, terminator.start);
            let value = match text {
                Cow::Borrowed(text) => Cow::Borrowed(text.as_bytes()),
                Cow::Owned(text) => Cow::Owned(text.into_bytes()),
            };
            pieces.push(Piece::Str {
                value,
                kind: None,
                range,
            });
        }
        let conversion = if debug && conversion == -1 && format_spec.is_none() {
            'r' as i64
        } else {
            conversion
        };
        let range = self.range_from(lbrace.start);
        let field = if template {
            let text = self.field_text(lbrace.hi, after_expr.lo);
            Expr::Interpolation(ExprInterpolation {
                value: Box::new(value),
                str: text.into(),
                conversion,
                format_spec,
                range,
            })
        } else {
            Expr::FormattedValue(ExprFormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
                range,
            })
        };
        pieces.push(Piece::Field(field));
        Ok(())
    }

    /// The source text of a replacement field between byte offsets `lo` and
    /// `hi`, with comments removed (as CPython's tokenizer records it): the
    /// text of a debug `=` field and of an Interpolation's `str`.
    fn field_text(&self, lo: u32, hi: u32) -> Cow<'a, str> {
        let text = &self.source[lo as usize..hi as usize];
        if !text.contains('#') {
            return Cow::Borrowed(text);
        }
        // Comments can only sit in the gaps between the field's tokens.
        let inside = self.tokens[..self.pos]
            .iter()
            .rev()
            .take_while(|t| t.lo >= lo)
            .filter(|t| t.hi <= hi);
        let mut bounds: Vec<(u32, u32)> = inside.map(|t| (t.lo, t.hi)).collect();
        bounds.reverse();
        let mut out = String::with_capacity(text.len());
        let mut gap_start = lo;
        for (token_lo, token_hi) in bounds.into_iter().chain([(hi, hi)]) {
            let gap = &self.source[gap_start as usize..token_lo as usize];
            let mut rest = gap;
            while let Some(hash) = rest.find('#') {
                out.push_str(&rest[..hash]);
                rest = &rest[hash..];
                rest = &rest[rest.find('\n').unwrap_or(rest.len())..];
            }
            out.push_str(rest);
            out.push_str(&self.source[token_lo as usize..token_hi as usize]);
            gap_start = token_hi;
        }
        Cow::Owned(out)
    }

    /// `fstring_conversion`: the NAME right after `!`.
    fn conversion(&mut self, bang: Token, lbrace: Token) -> PResult<i64> {
        let name = self.expect(T::Name)?;
        if name.start != bang.end {
            let msg = format!(
                "{}: conversion type must come right after the exclamation mark",
                self.fstring_kind_prefix(lbrace)
            );
            return Err(self.raise(msg, bang.start, name.end));
        }
        match self.text(name) {
            "s" => Ok('s' as i64),
            "r" => Ok('r' as i64),
            "a" => Ok('a' as i64),
            other => {
                let msg = format!(
                    "{}: invalid conversion character {}: expected 's', 'r', or 'a'",
                    self.fstring_kind_prefix(lbrace),
                    crate::literal::repr::plain_str_repr(other)
                );
                Err(self.raise(msg, name.start, name.end))
            }
        }
    }

    /// `fstring_full_format_spec`: `:` then literal text and nested fields,
    /// as a JoinedStr spanning from the colon.
    fn format_spec(&mut self, raw: bool, middle: T) -> PResult<Expr> {
        let colon = self.expect(T::Colon)?;
        let mut pieces = Vec::new();
        loop {
            let token = self.peek()?;
            match token.kind {
                k if k == middle => {
                    self.bump()?;
                    self.push_middle(&mut pieces, token, raw)?;
                }
                T::LBrace => {
                    self.enter()?;
                    let field = self.replacement_field(&mut pieces, raw, middle, false);
                    self.leave();
                    field?;
                }
                _ => break,
            }
        }
        let values = fold_constants(pieces, true);
        Ok(Expr::JoinedStr(ExprJoinedStr {
            values,
            range: self.range_from(colon.start),
        }))
    }
}

/// Folds runs of adjacent string constants into one constant spanning the
/// run (its kind taken from the first), dropping empty ones when the result
/// is an f- or t-string.
fn fold_constants(pieces: Vec<Piece<'_>>, interpolated: bool) -> Vec<Expr> {
    type Run<'s> = Option<(Cow<'s, [u8]>, Option<Identifier>, Range)>;
    let mut values = Vec::new();
    let mut run: Run = None;
    let flush = |run: &mut Run, values: &mut Vec<Expr>| {
        if let Some((value, kind, range)) = run.take()
            && !(interpolated && value.is_empty())
        {
            values.push(Expr::Constant(ExprConstant {
                value: Constant::Str(PyString::from_wtf8(value.into_owned())),
                kind,
                range,
            }));
        }
    };
    for piece in pieces {
        match piece {
            Piece::Str { value, kind, range } => match &mut run {
                Some((text, _, run_range)) => {
                    text.to_mut().extend_from_slice(&value);
                    run_range.end = range.end;
                }
                None => run = Some((value, kind, range)),
            },
            Piece::Field(expr) => {
                flush(&mut run, &mut values);
                values.push(expr);
            }
            Piece::Bytes(_) => unreachable!("bytes are handled before folding"),
        }
    }
    flush(&mut run, &mut values);
    values
}
