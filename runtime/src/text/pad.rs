//! Padding and tab expansion: center/ljust/rjust, zfill, expandtabs.

use super::{PyStr, TextError};

impl PyStr {
    /// The string with `left` and `right` copies of `fill` around it.
    pub(super) fn pad(&self, left: usize, right: usize, fill: u32) -> Result<PyStr, TextError> {
        let mut cps = Vec::new();
        cps.try_reserve_exact(left + self.len() + right)
            .map_err(|_| TextError::Memory)?;
        cps.extend(std::iter::repeat_n(fill, left));
        cps.extend(self.code_points());
        cps.extend(std::iter::repeat_n(fill, right));
        Ok(PyStr::from_code_points(cps))
    }

    /// How many characters short of `width` the string is.
    fn margin(&self, width: isize) -> usize {
        usize::try_from(width).map_or(0, |w| w.saturating_sub(self.len()))
    }

    /// `str.center(width, fillchar)`: an odd margin puts the extra fill
    /// character on the left when `width` is odd (CPython's rule).
    pub fn center(&self, width: isize, fill: u32) -> Result<PyStr, TextError> {
        let margin = self.margin(width);
        let left = margin / 2 + (margin & width as usize & 1);
        self.pad(left, margin - left, fill)
    }

    /// `str.ljust(width, fillchar)`.
    pub fn ljust(&self, width: isize, fill: u32) -> Result<PyStr, TextError> {
        self.pad(0, self.margin(width), fill)
    }

    /// `str.rjust(width, fillchar)`.
    pub fn rjust(&self, width: isize, fill: u32) -> Result<PyStr, TextError> {
        self.pad(self.margin(width), 0, fill)
    }

    /// `str.zfill(width)`: zeros on the left, after a leading sign.
    pub fn zfill(&self, width: isize) -> Result<PyStr, TextError> {
        let margin = self.margin(width);
        let padded = self.pad(margin, 0, u32::from('0'))?;
        match self.get(0) {
            Some(sign) if margin > 0 && (sign == u32::from('+') || sign == u32::from('-')) => {
                let mut cps: Vec<u32> = padded.code_points().collect();
                cps[0] = sign;
                cps[margin] = u32::from('0');
                Ok(PyStr::from_code_points(cps))
            }
            _ => Ok(padded),
        }
    }

    /// `str.expandtabs(tabsize)`: each tab becomes spaces up to the next
    /// multiple of `tabsize` (none if `tabsize <= 0`); `\n` and `\r` restart the column.
    pub fn expandtabs(&self, tabsize: i32) -> Result<PyStr, TextError> {
        let tabsize = usize::try_from(tabsize).unwrap_or(0);
        let mut cps = Vec::with_capacity(self.len());
        let mut column = 0;
        for c in self.code_points() {
            if c == u32::from('\t') {
                if tabsize > 0 {
                    let incr = tabsize - column % tabsize;
                    column += incr;
                    cps.try_reserve(incr).map_err(|_| TextError::Memory)?;
                    cps.extend(std::iter::repeat_n(u32::from(' '), incr));
                }
            } else {
                cps.push(c);
                column = if c == u32::from('\n') || c == u32::from('\r') {
                    0
                } else {
                    column + 1
                };
            }
        }
        Ok(PyStr::from_code_points(cps))
    }
}
