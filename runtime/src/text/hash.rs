//! `hash(str)`: SipHash-1-3 over the string's storage bytes, as CPython
//! computes it. CPython keys the hash randomly per process; until the
//! interpreter has a seed we use the all-zero key, which is what CPython
//! uses under `PYTHONHASHSEED=0`, so hashes match that mode exactly.

/// The fixed SipHash key (k0, k1).
const KEY: (u64, u64) = (0, 0);

struct Sip {
    v: [u64; 4],
}

impl Sip {
    fn round(&mut self) {
        let v = &mut self.v;
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }

    fn absorb(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }
}

/// SipHash-1-3 of `bytes` under [`KEY`].
fn siphash13(bytes: &[u8]) -> u64 {
    let (k0, k1) = KEY;
    let mut s = Sip {
        v: [
            k0 ^ 0x736f_6d65_7073_6575,
            k1 ^ 0x646f_7261_6e64_6f6d,
            k0 ^ 0x6c79_6765_6e65_7261,
            k1 ^ 0x7465_6462_7974_6573,
        ],
    };
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        s.absorb(u64::from_le_bytes(word));
    }
    let mut last = [0; 8];
    last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    // The length's low byte goes in the top byte of the last word.
    last[7] = bytes.len() as u8;
    s.absorb(u64::from_le_bytes(last));
    s.v[2] ^= 0xff;
    for _ in 0..3 {
        s.round();
    }
    s.v[0] ^ s.v[1] ^ s.v[2] ^ s.v[3]
}

/// Python's hash of a string whose storage (1, 2 or 4 bytes per code point,
/// little-endian) is `bytes`: 0 for the empty string, never -1.
pub fn str_hash(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    match siphash13(bytes) as i64 {
        -1 => -2,
        h => h,
    }
}
