//! Generalized UTF-8 (WTF-8): UTF-8 that may also encode lone surrogates,
//! the form in which the compiler keeps string constants.

/// Appends the generalized UTF-8 of `cp` (any value up to U+10FFFF,
/// surrogates included) to `out`.
pub fn push(out: &mut Vec<u8>, cp: u32) {
    // Truncations keep the low bits each byte carries.
    match cp {
        0..0x80 => out.push(cp as u8),
        0x80..0x800 => out.extend([0xc0 | (cp >> 6) as u8, 0x80 | (cp & 0x3f) as u8]),
        0x800..0x10000 => out.extend([
            0xe0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3f) as u8,
            0x80 | (cp & 0x3f) as u8,
        ]),
        _ => out.extend([
            0xf0 | ((cp >> 18) & 0x07) as u8,
            0x80 | ((cp >> 12) & 0x3f) as u8,
            0x80 | ((cp >> 6) & 0x3f) as u8,
            0x80 | (cp & 0x3f) as u8,
        ]),
    }
}

/// The code points of generalized UTF-8. A malformed sequence, which the
/// decoders never produce, yields U+FFFD per byte.
pub fn code_points(bytes: &[u8]) -> impl Iterator<Item = u32> + Clone + '_ {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        let (&lead, tail) = rest.split_first()?;
        if lead.is_ascii() {
            rest = tail;
            return Some(u32::from(lead));
        }
        let (cont_len, bits) = match lead {
            0xc0..0xe0 => (1, u32::from(lead & 0x1f)),
            0xe0..0xf0 => (2, u32::from(lead & 0x0f)),
            0xf0..0xf8 => (3, u32::from(lead & 0x07)),
            _ => (usize::MAX, 0),
        };
        let continuation = tail
            .get(..cont_len)
            .filter(|cont| cont.iter().all(|&b| b & 0xc0 == 0x80));
        match continuation {
            Some(cont) => {
                rest = &tail[cont_len..];
                Some(
                    cont.iter()
                        .fold(bits, |acc, &b| (acc << 6) | u32::from(b & 0x3f)),
                )
            }
            None => {
                rest = tail;
                Some(0xfffd)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_input() {
        let cps: Vec<u32> = code_points(&[b'a', 0xff, 0xe0, 0x80, 0xc3, 0xa9]).collect();
        assert_eq!(cps, [0x61, 0xfffd, 0xfffd, 0xfffd, 0xe9]);
    }

    #[test]
    fn round_trip() {
        let cps = [0x41, 0xe9, 0xd800, 0xffff, 0x1f600, 0x10ffff];
        let mut bytes = Vec::new();
        for cp in cps {
            push(&mut bytes, cp);
        }
        assert_eq!(code_points(&bytes).collect::<Vec<_>>(), cps);
    }
}
