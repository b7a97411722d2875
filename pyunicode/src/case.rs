//! Full case mappings of one character (SpecialCasing included, so `ß`
//! uppercases to `SS`). Context-dependent rules (the final sigma) are the
//! caller's: they need the surrounding string.

use crate::tables::{
    CASEFOLD_MULTI, CASEFOLD_RUNS, LOWER_MULTI, LOWER_RUNS, TITLE_MULTI, TITLE_RUNS, UPPER_MULTI,
    UPPER_RUNS,
};

type Runs = [(u32, u16, u8, i32)];
type Multi = [(u32, &'static str)];

/// The one to three code points a character maps to.
#[derive(Clone, Debug)]
pub struct Mapped {
    cps: [u32; 3],
    len: u8,
}

impl Iterator for Mapped {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (&first, rest) = self.cps[..usize::from(self.len)].split_first()?;
        let mut cps = [0; 3];
        cps[..rest.len()].copy_from_slice(rest);
        *self = Mapped {
            cps,
            len: self.len - 1,
        };
        Some(first)
    }
}

/// A character that maps to itself.
impl From<u32> for Mapped {
    fn from(cp: u32) -> Mapped {
        Mapped {
            cps: [cp, 0, 0],
            len: 1,
        }
    }
}

fn lookup(cp: u32, runs: &Runs, multi: &Multi) -> Mapped {
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(c, _)| c) {
        let mut cps = [0; 3];
        let mut len = 0;
        for (slot, c) in cps.iter_mut().zip(multi[i].1.chars()) {
            *slot = u32::from(c);
            len += 1;
        }
        return Mapped { cps, len };
    }
    let Some(run) = runs
        .partition_point(|&(start, ..)| start <= cp)
        .checked_sub(1)
    else {
        return Mapped::from(cp);
    };
    let (start, count, stride, delta) = runs[run];
    let offset = cp - start;
    if offset.is_multiple_of(u32::from(stride)) && offset / u32::from(stride) < u32::from(count) {
        Mapped::from(cp.wrapping_add_signed(delta))
    } else {
        Mapped::from(cp)
    }
}

/// `str.lower` of one character, without the final-sigma rule.
pub fn lower(cp: u32) -> Mapped {
    lookup(cp, &LOWER_RUNS, &LOWER_MULTI)
}

/// `str.upper` of one character.
pub fn upper(cp: u32) -> Mapped {
    lookup(cp, &UPPER_RUNS, &UPPER_MULTI)
}

/// The titlecase of one character, as `str.title` and `str.capitalize` use it.
pub fn title(cp: u32) -> Mapped {
    lookup(cp, &TITLE_RUNS, &TITLE_MULTI)
}

/// `str.casefold` of one character.
pub fn fold(cp: u32) -> Mapped {
    lookup(cp, &CASEFOLD_RUNS, &CASEFOLD_MULTI)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(m: Mapped) -> String {
        m.filter_map(char::from_u32).collect()
    }

    #[test]
    fn mappings() {
        assert_eq!(s(upper(u32::from('ß'))), "SS");
        assert_eq!(s(fold(u32::from('ß'))), "ss");
        assert_eq!(s(title(u32::from('ß'))), "Ss");
        assert_eq!(s(lower(u32::from('İ'))), "i\u{307}");
        assert_eq!(s(upper(u32::from('a'))), "A");
        assert_eq!(s(lower(0x100)), "\u{101}");
        assert_eq!(s(lower(0x101)), "\u{101}");
        assert_eq!(s(title(0x1c6)), "\u{1c5}");
        assert_eq!(s(upper(0xd800)), "");
        assert_eq!(upper(0xd800).collect::<Vec<_>>(), [0xd800]);
    }
}
