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
    next: u8,
}

impl Mapped {
    /// The code points not yet iterated.
    #[inline]
    pub fn as_slice(&self) -> &[u32] {
        &self.cps[usize::from(self.next)..usize::from(self.len)]
    }
}

impl Iterator for Mapped {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.next == self.len {
            return None;
        }
        self.next += 1;
        Some(self.cps[usize::from(self.next - 1)])
    }
}

/// A character that maps to itself.
impl From<u32> for Mapped {
    #[inline]
    fn from(cp: u32) -> Mapped {
        Mapped {
            cps: [cp, 0, 0],
            len: 1,
            next: 0,
        }
    }
}

/// `runs` applied to ASCII, expanded at compile time so that ASCII, which
/// maps one to one, skips the searches.
const fn ascii_table(runs: &Runs) -> [u32; 128] {
    let mut table = [0; 128];
    let mut cp = 0;
    while cp < 128 {
        table[cp] = cp as u32;
        cp += 1;
    }
    let mut run = 0;
    while run < runs.len() {
        let (start, count, stride, delta) = runs[run];
        let mut k = 0;
        while k < count as u32 {
            let c = start + k * stride as u32;
            if c < 128 {
                table[c as usize] = c.wrapping_add_signed(delta);
            }
            k += 1;
        }
        run += 1;
    }
    table
}

static LOWER_ASCII: [u32; 128] = ascii_table(&LOWER_RUNS);
static UPPER_ASCII: [u32; 128] = ascii_table(&UPPER_RUNS);
static TITLE_ASCII: [u32; 128] = ascii_table(&TITLE_RUNS);
static CASEFOLD_ASCII: [u32; 128] = ascii_table(&CASEFOLD_RUNS);

#[inline]
fn lookup(cp: u32, ascii: &[u32; 128], runs: &Runs, multi: &Multi) -> Mapped {
    if let Some(&mapped) = ascii.get(cp as usize) {
        return Mapped::from(mapped);
    }
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(c, _)| c) {
        let mut cps = [0; 3];
        let mut len = 0;
        for (slot, c) in cps.iter_mut().zip(multi[i].1.chars()) {
            *slot = u32::from(c);
            len += 1;
        }
        return Mapped { cps, len, next: 0 };
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
#[inline]
pub fn lower(cp: u32) -> Mapped {
    lookup(cp, &LOWER_ASCII, &LOWER_RUNS, &LOWER_MULTI)
}

/// `str.upper` of one character.
#[inline]
pub fn upper(cp: u32) -> Mapped {
    lookup(cp, &UPPER_ASCII, &UPPER_RUNS, &UPPER_MULTI)
}

/// The titlecase of one character, as `str.title` and `str.capitalize` use it.
#[inline]
pub fn title(cp: u32) -> Mapped {
    lookup(cp, &TITLE_ASCII, &TITLE_RUNS, &TITLE_MULTI)
}

/// `str.casefold` of one character.
#[inline]
pub fn fold(cp: u32) -> Mapped {
    lookup(cp, &CASEFOLD_ASCII, &CASEFOLD_RUNS, &CASEFOLD_MULTI)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(m: Mapped) -> String {
        m.filter_map(char::from_u32).collect()
    }

    #[test]
    fn no_ascii_character_maps_to_several() {
        for multi in [
            &LOWER_MULTI[..],
            &UPPER_MULTI,
            &TITLE_MULTI,
            &CASEFOLD_MULTI,
        ] {
            assert!(multi.iter().all(|&(cp, _)| cp >= 128));
        }
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
