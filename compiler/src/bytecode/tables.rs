//! The per-instruction side tables of a code object: source locations (for
//! tracebacks) and the zero-cost exception table.

/// The source span of an instruction: 1-based lines, 0-based UTF-8 byte
/// columns, as the AST has them. `line == 0` means "no location" (cleanup
/// code CPython also leaves without one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Locations, one per instruction word (caches share their instruction's),
/// run-length encoded: each run is varints `count`, zigzag line delta from
/// the previous run's line, `end_line - line`, `col + 1`, `end_col + 1`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LineTable(pub Vec<u8>);

impl LineTable {
    pub fn encode(locations: &[Location]) -> LineTable {
        let mut out = Vec::new();
        let mut prev_line = 0i64;
        let mut at = 0;
        while at < locations.len() {
            let loc = locations[at];
            let run = locations[at..].iter().take_while(|&&l| l == loc).count();
            at += run;
            put(&mut out, run as u64);
            let delta = loc.line as i64 - prev_line;
            put(&mut out, ((delta << 1) ^ (delta >> 63)) as u64);
            put(&mut out, loc.end_line.saturating_sub(loc.line) as u64);
            put(&mut out, loc.col as u64 + 1);
            put(&mut out, loc.end_col as u64 + 1);
            prev_line = loc.line as i64;
        }
        LineTable(out)
    }

    /// The location of every word.
    pub fn decode(&self) -> Vec<Location> {
        let mut out = Vec::new();
        let mut bytes = self.0.iter().copied();
        let mut line = 0i64;
        while let Some(run) = get(&mut bytes) {
            let zigzag = get(&mut bytes).unwrap_or(0);
            line += (zigzag >> 1) as i64 ^ -((zigzag & 1) as i64);
            let end_line = line as u32 + get(&mut bytes).unwrap_or(0) as u32;
            let col = get(&mut bytes).unwrap_or(1) as u32 - 1;
            let end_col = get(&mut bytes).unwrap_or(1) as u32 - 1;
            let loc = Location {
                line: line as u32,
                end_line,
                col,
                end_col,
            };
            out.extend(std::iter::repeat_n(loc, run as usize));
        }
        out
    }
}

fn put(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn get(bytes: &mut impl Iterator<Item = u8>) -> Option<u64> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = bytes.next()?;
        value |= ((byte & 0x7f) as u64) << shift;
        if byte < 0x80 {
            return Some(value);
        }
        shift += 7;
    }
}

/// One row of the exception table: an exception raised by an instruction in
/// `start..end` (word indices) pops the stack down to `depth`, pushes the
/// raising instruction's index if `push_lasti`, pushes the exception and
/// jumps to `handler`. Rows do not overlap and are sorted by `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}
