//! Literal values: decoding string, bytes and number literals into constants,
//! and printing constants back as Python's `repr` does.

pub mod number;
pub mod repr;
pub mod string;

/// `count` pseudo-random concatenations of up to 12 pieces of `alphabet`,
/// the same on every run, for checking that no input makes a decoder panic.
#[cfg(test)]
fn random_texts<'a>(alphabet: &'a [&str], count: usize) -> impl Iterator<Item = String> + 'a {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 32) as usize
    };
    (0..count).map(move |_| {
        let len = next() % 13;
        (0..len)
            .map(|_| alphabet[next() % alphabet.len()])
            .collect()
    })
}
