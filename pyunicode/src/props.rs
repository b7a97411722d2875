//! Per-code-point properties, as CPython's `Py_UNICODE_IS*` macros answer them.

use crate::tables::{DECIMAL_ZEROS, FLAG_STARTS, FLAG_VALUES};

// Bit positions as ci/gen_unicode_tables.py's `FLAGS` lists them.
const ALPHA: u16 = 1 << 0;
const DECIMAL: u16 = 1 << 1;
const DIGIT: u16 = 1 << 2;
const NUMERIC: u16 = 1 << 3;
const SPACE: u16 = 1 << 4;
const LOWER: u16 = 1 << 5;
const UPPER: u16 = 1 << 6;
const TITLE: u16 = 1 << 7;
const PRINTABLE: u16 = 1 << 8;
const XID_START: u16 = 1 << 9;
const XID_CONTINUE: u16 = 1 << 10;
const LINEBREAK: u16 = 1 << 11;
const CASED: u16 = 1 << 12;
const CASE_IGNORABLE: u16 = 1 << 13;

/// The flags of Latin-1, the common case, expanded at compile time from
/// the runs so that it skips the search.
static LATIN1_FLAGS: [u16; 256] = {
    let mut table = [0; 256];
    let (mut cp, mut run) = (0, 0);
    while cp < 256 {
        while run + 1 < FLAG_STARTS.len() && FLAG_STARTS[run + 1] <= cp as u32 {
            run += 1;
        }
        table[cp] = FLAG_VALUES[run];
        cp += 1;
    }
    table
};

/// The flags of `cp`; none for values beyond U+10FFFF.
#[inline]
fn flags(cp: u32) -> u16 {
    if let Some(&flags) = LATIN1_FLAGS.get(cp as usize) {
        return flags;
    }
    // FLAG_STARTS begins at 0, so the run holding `cp` is the last start <= cp.
    let run = FLAG_STARTS.partition_point(|&start| start <= cp) - 1;
    if cp > 0x10ffff { 0 } else { FLAG_VALUES[run] }
}

macro_rules! predicates {
    ($($(#[$doc:meta])* $name:ident = $flag:expr;)*) => {
        $($(#[$doc])* #[inline] pub fn $name(cp: u32) -> bool {
            flags(cp) & $flag != 0
        })*
    };
}

predicates! {
    /// `str.isalpha` of one character (categories L*).
    is_alpha = ALPHA;
    /// `str.isdecimal` of one character (category Nd).
    is_decimal = DECIMAL;
    /// `str.isdigit` of one character (a Numeric_Type of Decimal or Digit).
    is_digit = DIGIT;
    /// `str.isnumeric` of one character (any Numeric_Type).
    is_numeric = NUMERIC;
    /// `str.isalnum` of one character.
    is_alnum = ALPHA | DECIMAL | DIGIT | NUMERIC;
    /// `str.isspace` of one character.
    is_space = SPACE;
    /// The Lowercase property.
    is_lower = LOWER;
    /// The Uppercase property.
    is_upper = UPPER;
    /// General category Lt.
    is_title = TITLE;
    /// `str.isprintable` of one character: `repr` escapes the others.
    is_printable = PRINTABLE;
    /// XID_Start, or `_`: what may begin an identifier.
    is_xid_start = XID_START;
    /// XID_Continue: what may follow in an identifier.
    is_xid_continue = XID_CONTINUE;
    /// A line boundary for `str.splitlines`.
    is_linebreak = LINEBREAK;
    /// Cased (Lowercase, Uppercase or Lt): starts a word for `str.title`.
    is_cased = CASED;
    /// Case_Ignorable: skipped when deciding whether a capital sigma is final.
    is_case_ignorable = CASE_IGNORABLE;
}

/// The value of a decimal digit (`unicodedata.decimal`), any script's.
pub fn decimal_value(cp: u32) -> Option<u32> {
    if !is_decimal(cp) {
        return None;
    }
    let zero = DECIMAL_ZEROS.partition_point(|&z| z <= cp).checked_sub(1)?;
    Some(cp - DECIMAL_ZEROS[zero])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples() {
        assert!(is_alpha(u32::from('é')) && !is_alpha(u32::from('1')));
        assert!(is_decimal(0x661) && is_digit(0xb2) && !is_decimal(0xb2));
        assert!(is_numeric(0x2155) && !is_digit(0x2155));
        assert!(is_space(0x3000) && is_space(0x1c) && !is_space(0x200b));
        assert!(is_linebreak(0x2029) && !is_linebreak(0x20));
        assert!(is_title(0x1c5) && is_cased(0x1c5));
        assert!(is_case_ignorable(0x2b0) && is_cased(0x2b0));
        assert!(!is_printable(0xd800) && !is_alpha(0x110000));
        assert!(is_xid_start(u32::from('_')) && is_xid_continue(0x300));
        assert_eq!(decimal_value(u32::from('7')), Some(7));
        assert_eq!(decimal_value(0x1d7d8), Some(0));
        assert_eq!(decimal_value(0x669), Some(9));
        assert_eq!(decimal_value(0xb2), None);
    }
}
