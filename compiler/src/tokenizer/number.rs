//! Number literals: what a NUMBER token spans and CPython's errors for
//! malformed ones (the token's value is computed by `literal::number`).

use super::lexer::{Lexer, Stop};
use super::normal::is_identifier_char;
use super::token::{Token, TokenKind};

fn is_digit(c: Option<u8>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

impl Lexer<'_> {
    /// A number starting with the digit `first`, already read.
    pub fn number(&mut self, first: u8) -> Result<Token, Stop> {
        if first != b'0' {
            let c = self.decimal_tail()?;
            return if c == Some(b'.') {
                let c = self.next();
                self.fraction(c)
            } else {
                self.after_fraction(c)
            };
        }
        let c = self.next();
        match c.map(|c| c.to_ascii_lowercase()) {
            Some(b'x') => self.radix_literal("hexadecimal", |c| c.is_ascii_hexdigit()),
            Some(b'o') => self.radix_literal("octal", |c| matches!(c, b'0'..=b'7')),
            Some(b'b') => self.radix_literal("binary", |c| matches!(c, b'0' | b'1')),
            _ => self.zero_literal(c),
        }
    }

    /// After `0x`, `0o` or `0b`: digits of the radix, single underscores
    /// between them.
    fn radix_literal(&mut self, kind: &str, is_digit_of: fn(u8) -> bool) -> Result<Token, Stop> {
        let valid = |c: Option<u8>| c.is_some_and(is_digit_of);
        let mut c = self.next();
        loop {
            if c == Some(b'_') {
                c = self.next();
            }
            if !valid(c) {
                return Err(self.bad_radix_digit(kind, c));
            }
            while valid(c) {
                c = self.next();
            }
            if c != Some(b'_') {
                break;
            }
        }
        if kind != "hexadecimal" && is_digit(c) {
            return Err(self.bad_radix_digit(kind, c));
        }
        self.verify_end_of_number(c, kind)?;
        self.backup(c);
        Ok(self.here(TokenKind::Number))
    }

    /// A decimal digit the radix lacks is named; anything else is not.
    fn bad_radix_digit(&mut self, kind: &str, c: Option<u8>) -> Stop {
        match c {
            Some(d) if kind != "hexadecimal" && d.is_ascii_digit() => self.error(format!(
                "invalid digit '{}' in {kind} literal",
                char::from(d)
            )),
            _ => {
                self.backup(c);
                self.error(format!("invalid {kind} literal"))
            }
        }
    }

    /// A literal starting with `0` and no radix letter: zeros, or a float or
    /// imaginary literal. `c` is the byte after the `0`.
    fn zero_literal(&mut self, mut c: Option<u8>) -> Result<Token, Stop> {
        loop {
            if c == Some(b'_') {
                c = self.next();
                if !is_digit(c) {
                    self.backup(c);
                    return Err(self.error("invalid decimal literal"));
                }
            }
            if c != Some(b'0') {
                break;
            }
            c = self.next();
        }
        let zeros_end = self.cur;
        let nonzero = is_digit(c);
        if nonzero {
            c = self.decimal_tail()?;
        }
        match c {
            Some(b'.') => {
                let c = self.next();
                self.fraction(c)
            }
            Some(b'e' | b'E') => self.exponent(c),
            Some(b'j' | b'J') => self.imaginary(),
            _ if nonzero => {
                self.backup(c);
                Err(self.error_range(
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    self.start,
                    zeros_end,
                ))
            }
            _ => {
                self.verify_end_of_number(c, "decimal")?;
                self.backup(c);
                Ok(self.here(TokenKind::Number))
            }
        }
    }

    /// After the digit just read: more digits with single underscores between
    /// them. Returns the byte after them.
    fn decimal_tail(&mut self) -> Result<Option<u8>, Stop> {
        loop {
            let mut c = self.next();
            while is_digit(c) {
                c = self.next();
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// After a decimal point; `c` is the byte following it.
    pub fn fraction(&mut self, mut c: Option<u8>) -> Result<Token, Stop> {
        if is_digit(c) {
            c = self.decimal_tail()?;
        }
        self.after_fraction(c)
    }

    fn after_fraction(&mut self, c: Option<u8>) -> Result<Token, Stop> {
        match c {
            Some(b'e' | b'E') => self.exponent(c),
            _ => self.after_exponent(c),
        }
    }

    /// After `e` or `E`: a signed exponent, or, if no digit follows, the
    /// number ends before the `e` (as in `1else`).
    fn exponent(&mut self, e: Option<u8>) -> Result<Token, Stop> {
        let mut c = self.next();
        if matches!(c, Some(b'+' | b'-')) {
            c = self.next();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.error("invalid decimal literal"));
            }
        } else if !is_digit(c) {
            self.backup(c);
            self.verify_end_of_number(e, "decimal")?;
            self.backup(e);
            return Ok(self.here(TokenKind::Number));
        }
        let c = self.decimal_tail()?;
        self.after_exponent(c)
    }

    fn after_exponent(&mut self, c: Option<u8>) -> Result<Token, Stop> {
        if matches!(c, Some(b'j' | b'J')) {
            return self.imaginary();
        }
        self.verify_end_of_number(c, "decimal")?;
        self.backup(c);
        Ok(self.here(TokenKind::Number))
    }

    /// After the `j` of an imaginary literal.
    fn imaginary(&mut self) -> Result<Token, Stop> {
        let c = self.next();
        self.verify_end_of_number(c, "imaginary")?;
        self.backup(c);
        Ok(self.here(TokenKind::Number))
    }

    /// A number must not run into a name, except into the keywords that may
    /// follow one in valid code (`1if x else y`), which CPython only warns
    /// about. `c` is the byte after the number, already read.
    fn verify_end_of_number(&mut self, c: Option<u8>, kind: &str) -> Result<(), Stop> {
        let rest = self.rest();
        let keyword_follows = |tail: &[u8]| {
            rest.starts_with(tail) && !is_identifier_char(rest.get(tail.len()).copied())
        };
        let allowed = match c {
            Some(b'a') => keyword_follows(b"nd"),
            Some(b'e') => keyword_follows(b"lse"),
            Some(b'f') => keyword_follows(b"or"),
            Some(b'i') => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            Some(b'o') => keyword_follows(b"r"),
            Some(b'n') => keyword_follows(b"ot"),
            _ => false,
        };
        if !allowed && c.is_some_and(|c| c < 128) && is_identifier_char(c) {
            self.backup(c);
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}
