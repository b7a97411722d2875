//! The tokenizer's and the decoder's errors, each checked against what
//! CPython 3.14's `ast.parse` reports for the same source (class, message,
//! line and offset). Sources whose error CPython's parser finds first are
//! listed with what the tokenizer alone reports, after `tokenizer:`.

use compiler::error::char_offset;
use compiler::tokenizer::{TokenKind, tokenize};

/// What the tokenizer (or the decoder) says about `source`, in the form of
/// `SyntaxError::report`, or "OK".
fn outcome(source: &[u8]) -> String {
    let text = match compiler::source::decode(source) {
        Ok(text) => text,
        Err(err) => return err.report(),
    };
    let tokens = tokenize(&text);
    if let Some(err) = tokens.error {
        return err.report();
    }
    if let Some((pos, paren)) = tokens.unclosed {
        let offset = char_offset(&text, pos) + 1;
        return format!(
            "SyntaxError: '{paren}' was never closed ({}:{offset})",
            pos.line
        );
    }
    assert_eq!(
        tokens.tokens.last().map(|t| t.kind),
        Some(TokenKind::EndMarker)
    );
    "OK".into()
}

#[test]
fn errors_match_cpython() {
    let mut failures = Vec::new();
    for &(source, expected) in CASES {
        let expected = expected.strip_prefix("tokenizer: ").unwrap_or(expected);
        let got = outcome(source);
        if got != expected {
            failures.push(format!(
                "{:?}\n  ours:     {got}\n  expected: {expected}",
                String::from_utf8_lossy(source)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const CASES: &[(&[u8], &str)] = &[
    (b"x = )\n", "SyntaxError: unmatched ')' (1:5)"),
    (b"x = (]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' (1:6)"),
    (b"x = (\n]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (2:1)"),
    (b"x = (1,\n", "SyntaxError: '(' was never closed (1:5)"),
    (b"x = [1,\n  (2,\n", "SyntaxError: '(' was never closed (2:3)"),
    (b"if x:\n        a\n    b\n", "IndentationError: unindent does not match any outer indentation level (3:6)"),
    (b"if x:\n\ta\n        b\n", "TabError: inconsistent use of tabs and spaces in indentation (3:1)"),
    (b"if x:\n        a\n\tb\n", "TabError: inconsistent use of tabs and spaces in indentation (3:1)"),
    (b"x = 1 \\ y\n", "SyntaxError: unexpected character after line continuation character (1:8)"),
    (b"x = 1 \\", "SyntaxError: unexpected EOF while parsing (1:8)"),
    (b"x = 1 \\\n", "SyntaxError: unexpected EOF while parsing (1:8)"),
    (b"s = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1) (1:5)"),
    (b"s = 'abc", "SyntaxError: unterminated string literal (detected at line 1) (1:5)"),
    (b"s = '''abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1:5)"),
    (b"s = rb'abc\\'\n", "SyntaxError: unterminated string literal (detected at line 1); perhaps you escaped the end quote? (1:5)"),
    (b"x = 0x\n", "SyntaxError: invalid hexadecimal literal (1:6)"),
    (b"x = 0b2\n", "SyntaxError: invalid digit '2' in binary literal (1:7)"),
    (b"x = 0o8\n", "SyntaxError: invalid digit '8' in octal literal (1:7)"),
    (b"x = 0b12\n", "SyntaxError: invalid digit '2' in binary literal (1:8)"),
    (b"x = 012\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5)"),
    (b"x = 1_\n", "SyntaxError: invalid decimal literal (1:6)"),
    (b"x = 1e\n", "SyntaxError: invalid decimal literal (1:5)"),
    (b"x = 1e+\n", "SyntaxError: invalid decimal literal (1:7)"),
    (b"x = 1abc\n", "SyntaxError: invalid decimal literal (1:5)"),
    (b"x = 1jx\n", "SyntaxError: invalid imaginary literal (1:6)"),
    (b"x = 0_x\n", "SyntaxError: invalid decimal literal (1:6)"),
    (b"a\xe2\x82\xac = 1\n", "SyntaxError: invalid character '€' (U+20AC) (1:2)"),
    (b"\xe2\x82\xac = 1\n", "SyntaxError: invalid character '€' (U+20AC) (1:1)"),
    (b"x = \xc2\xa0 1\n", "SyntaxError: invalid non-printable character U+00A0 (1:5)"),
    (b"x = \x01\n", "SyntaxError: invalid non-printable character U+0001 (1:5)"),
    (b"f'{'\n", "SyntaxError: f-string: expecting '}' (1:4)"),
    (b"f'}'\n", "SyntaxError: f-string: single '}' is not allowed (1:3)"),
    (b"f'{x'\n", "SyntaxError: f-string: expecting '}' (1:5)"),
    (b"f'abc\n", "SyntaxError: unterminated f-string literal (detected at line 1) (1:1)"),
    (b"f'''abc\n", "SyntaxError: unterminated triple-quoted f-string literal (detected at line 1) (1:1)"),
    (b"t'{'\n", "SyntaxError: t-string: expecting '}' (1:4)"),
    (b"t'}'\n", "SyntaxError: t-string: single '}' is not allowed (1:3)"),
    (b"t'abc\n", "SyntaxError: unterminated t-string literal (detected at line 1) (1:1)"),
    (b"f'{)}'\n", "SyntaxError: f-string: unmatched ')' (1:4)"),
    (b"x = 1\n((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))\n", "SyntaxError: too many nested parentheses (2:201)"),
    (b"if 1:\n if 1:\n  if 1:\n   if 1:\n    if 1:\n     if 1:\n      if 1:\n       if 1:\n        if 1:\n         if 1:\n          if 1:\n           if 1:\n            if 1:\n             if 1:\n              if 1:\n               if 1:\n                if 1:\n                 if 1:\n                  if 1:\n                   if 1:\n                    if 1:\n                     if 1:\n                      if 1:\n                       if 1:\n                        if 1:\n                         if 1:\n                          if 1:\n                           if 1:\n                            if 1:\n                             if 1:\n                              if 1:\n                               if 1:\n                                if 1:\n                                 if 1:\n                                  if 1:\n                                   if 1:\n                                    if 1:\n                                     if 1:\n                                      if 1:\n                                       if 1:\n                                        if 1:\n                                         if 1:\n                                          if 1:\n                                           if 1:\n                                            if 1:\n                                             if 1:\n                                              if 1:\n                                               if 1:\n                                                if 1:\n                                                 if 1:\n                                                  if 1:\n                                                   if 1:\n                                                    if 1:\n                                                     if 1:\n                                                      if 1:\n                                                       if 1:\n                                                        if 1:\n                                                         if 1:\n                                                          if 1:\n                                                           if 1:\n                                                            if 1:\n                                                             if 1:\n                                                              if 1:\n                                                               if 1:\n                                                                if 1:\n                                                                 if 1:\n                                                                  if 1:\n                                                                   if 1:\n                                                                    if 1:\n                                                                     if 1:\n                                                                      if 1:\n                                                                       if 1:\n                                                                        if 1:\n                                                                         if 1:\n                                                                          if 1:\n                                                                           if 1:\n                                                                            if 1:\n                                                                             if 1:\n                                                                              if 1:\n                                                                               if 1:\n                                                                                if 1:\n                                                                                 if 1:\n                                                                                  if 1:\n                                                                                   if 1:\n                                                                                    if 1:\n                                                                                     if 1:\n                                                                                      if 1:\n                                                                                       if 1:\n                                                                                        if 1:\n                                                                                         if 1:\n                                                                                          if 1:\n                                                                                           if 1:\n                                                                                            if 1:\n                                                                                             if 1:\n                                                                                              if 1:\n                                                                                               if 1:\n                                                                                                if 1:\n                                                                                                 if 1:\n                                                                                                  if 1:\n                                                                                                   if 1:\n                                                                                                    if 1:\n                                                                                                     x\n", "IndentationError: too many levels of indentation (101:1)"),
    (b"a\xe2\x80\xa8 = 1\n", "SyntaxError: invalid non-printable character U+2028 (1:2)"),
    (b"\xe2\x80\xa8", "SyntaxError: invalid non-printable character U+2028 (1:1)"),
    (b"x = '\\\n", "SyntaxError: unterminated string literal (detected at line 1) (1:5)"),
    (b"f'a\\{'\n", "SyntaxError: f-string: expecting '}' (1:6)"),
    (b"x = 0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5)"),
    (b"x = 00_1\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:5)"),
    (b"x = 0o\n", "SyntaxError: invalid octal literal (1:6)"),
    (b"x = 0b\n", "SyntaxError: invalid binary literal (1:6)"),
    (b"x=1\n\\\n", "SyntaxError: unexpected EOF while parsing (2:2)"),
    (b"x=(\n\\", "SyntaxError: '(' was never closed (1:3)"),
    (b"x =\"\"\"\nab\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (1:4)"),
    (b"x = \xe2\x82\xac\n", "SyntaxError: invalid character '€' (U+20AC) (1:5)"),
    (b"x = a\xe2\x82\xac\n", "SyntaxError: invalid character '€' (U+20AC) (1:6)"),
    (b"x = 1.e\n", "SyntaxError: invalid decimal literal (1:6)"),
    (b"x = 1.5_\n", "SyntaxError: invalid decimal literal (1:8)"),
    (b"x = 0xg\n", "SyntaxError: invalid hexadecimal literal (1:6)"),
    (b"x = 0x_\n", "SyntaxError: invalid hexadecimal literal (1:7)"),
    (b"x = 1__0\n", "SyntaxError: invalid decimal literal (1:6)"),
    (b"f'{x:{y:{z:{w}}}}'\n", "SyntaxError: f-string: expressions nested too deeply (1:11)"),
    (b"f'{x\n", "SyntaxError: '{' was never closed (1:3)"),
    // CPython's parser: SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings (1:9)
    (b"f'{x:abc\n", "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings (1:9)"),
    (b"f'''{x\n", "SyntaxError: '{' was never closed (1:5)"),
    (b"f'{\"a}'\n", "SyntaxError: unterminated string literal (detected at line 1) (1:4)"),
    (b"x = f'{1:{2:{3}}}'\n", "OK"),
    (b"f'{x}}'\n", "SyntaxError: f-string: single '}' is not allowed (1:6)"),
    (b"f'{x}\n", "SyntaxError: unterminated f-string literal (detected at line 1) (1:1)"),
    (b"x = '\xc3\xa9\xc3\xa9\n", "SyntaxError: unterminated string literal (detected at line 1) (1:5)"),
    (b"if 1:\n  x\n \\\n y\n", "IndentationError: unindent does not match any outer indentation level (4:3)"),
    // CPython's parser: IndentationError: unexpected indent (1:2)
    (b"  x\n", "tokenizer: OK"),
    (b"if 1:\n\tx\n        y\n", "TabError: inconsistent use of tabs and spaces in indentation (3:1)"),
    (b"if 1:\n    x\n\x0c  y\n", "IndentationError: unindent does not match any outer indentation level (3:5)"),
    (b"x = 1e-\n", "SyntaxError: invalid decimal literal (1:7)"),
    (b"x = 0b1_\n", "SyntaxError: invalid binary literal (1:8)"),
    (b"x = 0o1_8\n", "SyntaxError: invalid digit '8' in octal literal (1:9)"),
    (b"x = 1.0j_\n", "SyntaxError: invalid imaginary literal (1:8)"),
    // CPython's parser: SyntaxError: invalid syntax (1:7)
    (b"x = 5 and1\n", "tokenizer: OK"),
    (b"x = 1or 2\n", "OK"),
    (b"x = 1 if 1else 2\n", "OK"),
    // CPython's parser: SyntaxError: invalid syntax (1:10)
    (b"x = 0xfor\n", "tokenizer: OK"),
    (b"x = 1_000_\n", "SyntaxError: invalid decimal literal (1:10)"),
    (b"x = (\n'''\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2) (2:1)"),
    (b"x = [\n\n\n", "SyntaxError: '[' was never closed (1:5)"),
    (b"x = {\n", "SyntaxError: '{' was never closed (1:5)"),
    // CPython's parser: SyntaxError: f-string: missing conversion character (1:6)
    (b"f'{x!}'\n", "tokenizer: OK"),
    (b"x = \x7f\n", "SyntaxError: invalid non-printable character U+007F (1:5)"),
    (b"x = \x0b\n", "SyntaxError: invalid non-printable character U+000B (1:5)"),
    // CPython's parser: IndentationError: unexpected indent (1:3)
    (b"\t\x0c x\n", "tokenizer: OK"),
    (b"def f(\xf0\x9f\x98\x80): pass\n", "SyntaxError: invalid character '😀' (U+1F600) (1:7)"),
    (b"x = a\xcc\x80\n", "OK"),
    (b"\xcc\x80x = 1\n", "SyntaxError: invalid character '̀' (U+0300) (1:1)"),
    (b"x = \xef\xbf\xbf\n", "SyntaxError: invalid non-printable character U+FFFF (1:5)"),
    (b"x = 'a' 'b\n", "SyntaxError: unterminated string literal (detected at line 1) (1:9)"),
    (b"x = '''a''' '''b\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:13)"),
    (b"x = u'a\n", "SyntaxError: unterminated string literal (detected at line 1) (1:5)"),
    (b"x = Rb'a\n", "SyntaxError: unterminated string literal (detected at line 1) (1:5)"),
    (b"x = bR'''a\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1) (1:5)"),
    (b"x = fR'a\n", "SyntaxError: unterminated f-string literal (detected at line 1) (1:5)"),
    (b"x = Tr'''a\n", "SyntaxError: unterminated triple-quoted t-string literal (detected at line 1) (1:5)"),
    (b"x = f'{f'{f'{1\n", "SyntaxError: '{' was never closed (1:13)"),
    // CPython's parser: SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings (1:6)
    (b"f'{1:\n", "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings (1:6)"),
    // String prefixes and more.
    (b"ub\"\"\n", "SyntaxError: 'u' and 'b' prefixes are incompatible (1:1)"),
    (b"bu\"\"\n", "SyntaxError: 'u' and 'b' prefixes are incompatible (1:1)"),
    (b"ru\"\"\n", "SyntaxError: 'u' and 'r' prefixes are incompatible (1:1)"),
    (b"fb\"\"\n", "SyntaxError: 'b' and 'f' prefixes are incompatible (1:1)"),
    (b"tf\"\"\n", "SyntaxError: 'f' and 't' prefixes are incompatible (1:1)"),
    (b"bt\"\"\n", "SyntaxError: 'b' and 't' prefixes are incompatible (1:1)"),
    (b"uf\"\"\n", "SyntaxError: 'u' and 'f' prefixes are incompatible (1:1)"),
    (b"ut\"\"\n", "SyntaxError: 'u' and 't' prefixes are incompatible (1:1)"),
    (b"rbf\"\"\n", "SyntaxError: 'b' and 'f' prefixes are incompatible (1:1)"),
    (b"x = BU\"\"\n", "SyntaxError: 'u' and 'b' prefixes are incompatible (1:5)"),
    (b"ubr\"\"\n", "SyntaxError: 'u' and 'b' prefixes are incompatible (1:1)"),
    (b"x = Tru\"e\"\n", "SyntaxError: 'u' and 'r' prefixes are incompatible (1:5)"),
    (b"f'{x:{y:{z:{w}}}}'\n", "SyntaxError: f-string: expressions nested too deeply (1:11)"),
    (b"f'{x:{{}}}'\n", "OK"),
    (b"x = 1 if y else\\\n", "SyntaxError: unexpected EOF while parsing (1:17)"),
    (b"x = 'a' \\ \n", "SyntaxError: unexpected character after line continuation character (1:10)"),
    (b"'\xe2\x82\xac' + 012\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:7)"),
    (b"'\xe2\x82\xac' + ub''\n", "SyntaxError: 'u' and 'b' prefixes are incompatible (1:7)"),
    (b"x = '\xe2\x82\xac' + 0777\n", "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers (1:11)"),
    (b"f'{x:\xe2\x82\xac\n", "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings (1:7)"),
    (b"'\xe2\x82\xac\xe2\x82\xac'; f'{x:\n", "SyntaxError: f-string: newlines are not allowed in format specifiers for single quoted f-strings (1:12)"),
    (b"f'''{x:\n}'''\n", "OK"),
    (b"t'{x:a\n", "SyntaxError: t-string: newlines are not allowed in format specifiers for single quoted t-strings (1:7)"),
    // Decoding.
    (b"x\x00 = 1\n", "SyntaxError: source code string cannot contain null bytes (None:None)"),
    (b"\xef\xbb\xbf# coding: latin-1\nx=1\n", "SyntaxError: encoding problem: iso-8859-1 with BOM (1:0)"),
    (b"# coding: foo\n", "SyntaxError: unknown encoding: foo (0:-1)"),
    (b"x='\xff'\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:4)"),
    (b"\n\nx='\xff\xfe'\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details (3:4)"),
    (b"# coding: latin-1\nx='\xff'\n", "OK"),
    (b"# coding: ascii\nx='\xff'\n", "SyntaxError: 'ascii' codec can't decode byte 0xff in position 19: ordinal not in range(128) (0:-1)"),
    (b"x='\xc3\xa9\xc3\xa9\xff'\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:6)"),
    (b"x='\xc3\xa9\xc3'\n", "SyntaxError: Non-UTF-8 code starting with '\\xc3' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:5)"),
    (b"\xef\xbb\xbfx='\xff'\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:4)"),
    (b"#!/bin/sh\n# coding: latin-1 \xe9\nx='\xff'\n", "OK"),
    (b"#!/bin/sh\n\n# coding: latin-1\nx='\xff'\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 4, but no encoding declared; see https://peps.python.org/pep-0263/ for details (4:4)"),
    (b"\xef\xbb\xbf\n# coding: latin-1\nx=1\n", "SyntaxError: encoding problem: iso-8859-1 with BOM (2:0)"),
    (b"\xef\xbb\xbf# coding: utf-8\nx=1\n", "OK"),
    (b"\xef\xbb\xbf# coding: UTF_8\nx=1\n", "OK"),
    (b"\xef\xbb\xbf# coding: utf8\nx=1\n", "SyntaxError: encoding problem: utf8 with BOM (1:0)"),
    (b"# coding: utf8\nx='\xff'\n", "SyntaxError: 'utf-8' codec can't decode byte 0xff in position 18: invalid start byte (0:-1)"),
    (b"# coding: utf-8\nx='\xff'\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:4)"),
    (b"# vim: set fileencoding=latin-1 :\nx='\xe9'\n", "OK"),
    (b"x = 1 # coding: latin-1\nx='\xe9'\n", "SyntaxError: Non-UTF-8 code starting with '\\xe9' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:4)"),
    (b"  # coding: latin-1\nx='\xe9'\n", "OK"),
    (b"\x0c# coding: latin-1\nx='\xe9'\n", "OK"),
    (b"x=1\n# coding: latin-1\nx='\xe9'\n", "SyntaxError: Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details (3:4)"),
    (b"\n# coding: latin-1\nx='\xe9'\n", "OK"),
    (b"# coding=latin-1\nx='\xe9'\n", "OK"),
    (b"# codingg: latin-1\nx='\xe9'\n", "SyntaxError: Non-UTF-8 code starting with '\\xe9' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:4)"),
    (b"#coding:latin-1\nx='\xe9'\n", "OK"),
    (b"# coding: latin-1\x0d\nx='\xe9'\x0d\n", "OK"),
    (b"x=1\x0dy=2\x0d\n", "OK"),
    (b"x = '''a\x0db'''\n", "OK"),
    (b"# coding: Latin-1\nx='\xe9'\n", "OK"),
    (b"# coding: cp1252\nx='\x80'\n", "OK"),
    (b"# coding: cp1252\nx='\x81'\n", "SyntaxError: 'charmap' codec can't decode byte 0x81 in position 20: character maps to <undefined> (0:-1)"),
    (b"# coding: koi8-r\nx='\xc1'\n", "OK"),
    (b"# coding: iso-8859-15\nx='\xa4'\n", "OK"),
    (b"# coding: latin1\nx='\xe9'\n", "OK"),
    (b"# coding: ascii\nx='a'\n", "OK"),
    (b"\xef\xbb\xbf", "OK"),
    (b"", "OK"),
    (b"   ", "OK"),
    (b"\n\n", "OK"),
    (b"# c", "OK"),
    (b"x", "OK"),
    (b"x\n\n\n   \n", "OK"),
    (b"# coding: latin-1\n\xe9 = 1\n", "OK"),
    (b"\xff", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:1)"),
    (b"x=1\n\xc3", "SyntaxError: Non-UTF-8 code starting with '\\xc3' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:1)"),
    (b"# -*- coding: utf-8 -*-\nx='\xed\xa0\x80'\n", "SyntaxError: Non-UTF-8 code starting with '\\xed' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:4)"),
    (b"x='\xf4\x90\x80\x80'\n", "SyntaxError: Non-UTF-8 code starting with '\\xf4' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:4)"),
    (b"x='\xc0\x80'\n", "SyntaxError: Non-UTF-8 code starting with '\\xc0' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:4)"),
    (b"x = 1 \\\n\xff\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:1)"),
    (b"x = )\n\xff\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:1)"),
    (b"# \xff\n# coding: latin-1\nx='\xe9'\n", "OK"),
    (b"# coding: latin-1\n# coding: utf-8\nx='\xe9'\n", "OK"),
    (b"x = '\\\x0d\nabc'\n", "OK"),
    (b"#coding:latin-1\xe9\nx='\xe9'\n", "OK"),
    (b"# coding: utf-8-sig\nx=1\n", "OK"),
    (b"\xef\xbb\xbf# coding: utf-8-sig\nx=1\n", "OK"),
    (b"# coding: iso-latin-1-unix\nx='\xe9'\n", "OK"),
    (b"# coding: utf-8-foo\nx='\xe9'\n", "SyntaxError: Non-UTF-8 code starting with '\\xe9' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:4)"),
    (b"# coding: l1\nx='\xe9'\n", "OK"),
    (b"# coding: 8859\nx='\xe9'\n", "OK"),
    (b"# coding: latin\nx='\xe9'\n", "OK"),
    (b"# coding: us-ascii\nx='\xe9'\n", "SyntaxError: 'ascii' codec can't decode byte 0xe9 in position 22: ordinal not in range(128) (0:-1)"),
    (b"# coding: ascii\nx='\xe9\xe9'\n", "SyntaxError: 'ascii' codec can't decode byte 0xe9 in position 19: ordinal not in range(128) (0:-1)"),
    (b"# coding: utf8\nx='\xe2\x82'\n", "SyntaxError: 'utf-8' codec can't decode bytes in position 18-19: invalid continuation byte (0:-1)"),
    (b"# coding: utf8\nx='\xe2\x82('\n", "SyntaxError: 'utf-8' codec can't decode bytes in position 18-19: invalid continuation byte (0:-1)"),
    (b"# coding: UTF-8\nx='\xe9'\n", "SyntaxError: Non-UTF-8 code starting with '\\xe9' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details (2:4)"),
    (b"# coding: windows-1252\nx='\x80'\n", "OK"),
    (b"\xef\xbb", "SyntaxError: Non-UTF-8 code starting with '\\xef' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:1)"),
    (b"# coding: latin-1\nx = )\n", "SyntaxError: unmatched ')' (2:5)"),
    (b"# coding:\n# coding: latin-1\nx='\xe9'\n", "OK"),
    (b"# coding: \xe9\nx=1\n", "SyntaxError: Non-UTF-8 code starting with '\\xe9' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details (1:11)"),
];
