//! The `str.is*` predicates.

use pyunicode::props;

use super::PyStr;

impl PyStr {
    /// Whether the string is non-empty and `f` holds for every character.
    fn all_nonempty(&self, f: impl Fn(u32) -> bool) -> bool {
        !self.is_empty() && self.code_points().all(f)
    }

    /// `str.isalpha()`.
    pub fn isalpha(&self) -> bool {
        self.all_nonempty(props::is_alpha)
    }

    /// `str.isalnum()`.
    pub fn isalnum(&self) -> bool {
        self.all_nonempty(props::is_alnum)
    }

    /// `str.isdecimal()`.
    pub fn isdecimal(&self) -> bool {
        self.all_nonempty(props::is_decimal)
    }

    /// `str.isdigit()`.
    pub fn isdigit(&self) -> bool {
        self.all_nonempty(props::is_digit)
    }

    /// `str.isnumeric()`.
    pub fn isnumeric(&self) -> bool {
        self.all_nonempty(props::is_numeric)
    }

    /// `str.isspace()`.
    pub fn isspace(&self) -> bool {
        self.all_nonempty(props::is_space)
    }

    /// `str.isascii()`: true for the empty string.
    pub fn isascii(&self) -> bool {
        self.max_code_point() < 0x80
    }

    /// `str.isprintable()`: true for the empty string.
    pub fn isprintable(&self) -> bool {
        self.code_points().all(props::is_printable)
    }

    /// `str.isidentifier()`: XID_Start or `_`, then XID_Continue.
    pub fn isidentifier(&self) -> bool {
        let mut cps = self.code_points();
        cps.next().is_some_and(props::is_xid_start) && cps.all(props::is_xid_continue)
    }

    /// `str.islower()`: some cased character, none uppercase or titlecase.
    pub fn islower(&self) -> bool {
        self.cases_only(props::is_lower, props::is_upper)
    }

    /// `str.isupper()`: some cased character, none lowercase or titlecase.
    pub fn isupper(&self) -> bool {
        self.cases_only(props::is_upper, props::is_lower)
    }

    /// Whether some character is `wanted` and none is `other` or titlecase.
    fn cases_only(&self, wanted: fn(u32) -> bool, other: fn(u32) -> bool) -> bool {
        let mut cased = false;
        for c in self.code_points() {
            if other(c) || props::is_title(c) {
                return false;
            }
            cased |= wanted(c);
        }
        cased
    }

    /// `str.istitle()`: uppercase or titlecase characters only after
    /// uncased ones, lowercase ones only after cased ones, and some cased.
    pub fn istitle(&self) -> bool {
        let mut cased = false;
        let mut previous_cased = false;
        for c in self.code_points() {
            if props::is_upper(c) || props::is_title(c) {
                if previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else if props::is_lower(c) {
                if !previous_cased {
                    return false;
                }
                previous_cased = true;
                cased = true;
            } else {
                previous_cased = false;
            }
        }
        cased
    }
}
