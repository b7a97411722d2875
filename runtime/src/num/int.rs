//! Python's `int`: a value that is an `i64` when it fits and a `BigInt`
//! otherwise (always normalized, so equal values have equal representations),
//! with CPython's arithmetic: floor division, two's-complement bit operations,
//! exact comparisons and the numeric hash.

use std::cmp::Ordering;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::error::{ArithError, ArithResult, DIVISION_BY_ZERO, INT_TOO_LARGE_FOR_FLOAT};
use super::float;
use super::to_float::{ratio_to_f64, scaled_to_f64};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

/// The largest result, in bits, that shifts and powers will build: CPython
/// tries any size and fails with `MemoryError` (or runs for hours); we fail
/// at once past half a gigabyte.
pub const MAX_BITS: u64 = 1 << 32;

/// The modulus of Python's numeric hash, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

impl From<i64> for Int {
    fn from(value: i64) -> Int {
        Int::Small(value)
    }
}

impl From<BigInt> for Int {
    fn from(value: BigInt) -> Int {
        match value.to_i64() {
            Some(small) => Int::Small(small),
            None => Int::Big(value),
        }
    }
}

impl From<bool> for Int {
    fn from(value: bool) -> Int {
        Int::Small(i64::from(value))
    }
}

impl Int {
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(n) => BigInt::from(*n),
            Int::Big(n) => n.clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(n) => *n < 0,
            Int::Big(n) => n.is_negative(),
        }
    }

    pub fn to_i64(&self) -> Option<i64> {
        match self {
            Int::Small(n) => Some(*n),
            Int::Big(_) => None,
        }
    }

    /// Applies `small` when both fit and it does not overflow, else `big`.
    fn combine(
        &self,
        other: &Int,
        small: impl FnOnce(i64, i64) -> Option<i64>,
        big: impl FnOnce(BigInt, BigInt) -> BigInt,
    ) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other)
            && let Some(result) = small(*a, *b)
        {
            return Int::Small(result);
        }
        Int::from(big(self.to_big(), other.to_big()))
    }

    pub fn add(&self, other: &Int) -> Int {
        self.combine(other, i64::checked_add, |a, b| a + b)
    }

    pub fn sub(&self, other: &Int) -> Int {
        self.combine(other, i64::checked_sub, |a, b| a - b)
    }

    pub fn mul(&self, other: &Int) -> Int {
        self.combine(other, i64::checked_mul, |a, b| a * b)
    }

    /// `self // other`, rounding towards negative infinity.
    pub fn floor_div(&self, other: &Int) -> ArithResult<Int> {
        Ok(self.divmod(other)?.0)
    }

    /// `self % other`, with the sign of `other`.
    pub fn modulo(&self, other: &Int) -> ArithResult<Int> {
        Ok(self.divmod(other)?.1)
    }

    pub fn divmod(&self, other: &Int) -> ArithResult<(Int, Int)> {
        if other.is_zero() {
            return Err(DIVISION_BY_ZERO);
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other)
            && let Some(q) = a.checked_div(*b)
        {
            let (q, r) = (q, a - q * b);
            return Ok(if r != 0 && (r < 0) != (*b < 0) {
                (Int::Small(q - 1), Int::Small(r + b))
            } else {
                (Int::Small(q), Int::Small(r))
            });
        }
        let (q, r) = self.to_big().div_mod_floor(&other.to_big());
        Ok((Int::from(q), Int::from(r)))
    }

    /// `self / other`, correctly rounded.
    pub fn true_div(&self, other: &Int) -> ArithResult<f64> {
        if other.is_zero() {
            return Err(DIVISION_BY_ZERO);
        }
        const EXACT: i64 = 1 << 53;
        if let (Int::Small(a), Int::Small(b)) = (self, other)
            && (-EXACT..=EXACT).contains(a)
            && (-EXACT..=EXACT).contains(b)
        {
            return Ok(*a as f64 / *b as f64);
        }
        let negative = self.is_negative() != other.is_negative();
        let (a, b) = (self.to_big(), other.to_big());
        ratio_to_f64(a.magnitude(), b.magnitude(), negative).ok_or(ArithError::Overflow(
            "integer division result too large for a float",
        ))
    }

    pub fn neg(&self) -> Int {
        match self {
            Int::Small(n) => n
                .checked_neg()
                .map_or_else(|| Int::from(-BigInt::from(*n)), Int::Small),
            Int::Big(n) => Int::from(-n),
        }
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~self`, which is `-self - 1`.
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(n) => Int::Small(!n),
            Int::Big(n) => Int::from(!n),
        }
    }

    pub fn bit_and(&self, other: &Int) -> Int {
        self.combine(other, |a, b| Some(a & b), |a, b| a & b)
    }

    pub fn bit_or(&self, other: &Int) -> Int {
        self.combine(other, |a, b| Some(a | b), |a, b| a | b)
    }

    pub fn bit_xor(&self, other: &Int) -> Int {
        self.combine(other, |a, b| Some(a ^ b), |a, b| a ^ b)
    }

    /// The shift count as a `u64`, or CPython's error for a negative one.
    fn shift_count(count: &Int) -> ArithResult<Option<u64>> {
        if count.is_negative() {
            return Err(ArithError::Value("negative shift count".to_owned()));
        }
        Ok(count.to_i64().map(|n| n as u64))
    }

    pub fn shl(&self, count: &Int) -> ArithResult<Int> {
        let count = Self::shift_count(count)?;
        if self.is_zero() {
            return Ok(Int::Small(0));
        }
        let Some(count) = count else {
            return Err(ArithError::Overflow("too many digits in integer"));
        };
        if self.bit_length().saturating_add(count) > MAX_BITS {
            return Err(ArithError::Memory);
        }
        if let Int::Small(n) = self
            && count < 63
            && let Some(result) = n.checked_mul(1 << count)
        {
            return Ok(Int::Small(result));
        }
        Ok(Int::from(self.to_big() << count))
    }

    /// `self >> count`, rounding towards negative infinity.
    pub fn shr(&self, count: &Int) -> ArithResult<Int> {
        let count = Self::shift_count(count)?;
        let fill = Int::Small(if self.is_negative() { -1 } else { 0 });
        let Some(count) = count.filter(|&c| c < self.bit_length()) else {
            return Ok(fill);
        };
        Ok(match self {
            Int::Small(n) => Int::Small(n >> count),
            Int::Big(n) => Int::from(n >> count),
        })
    }

    /// `self ** exp`: an int for a non-negative exponent, else the float power.
    pub fn pow(&self, exp: &Int) -> ArithResult<IntOrFloat> {
        if exp.is_negative() {
            return float::pow(self.to_f64()?, exp.to_f64()?).map(|n| match n {
                super::Number::Float(f) => IntOrFloat::Float(f),
                _ => unreachable!("a negative base only gives a complex for fractional exponents"),
            });
        }
        let exp_is_odd = !exp.bit_and(&Int::Small(1)).is_zero();
        match self {
            Int::Small(0 | 1) => {
                return Ok(IntOrFloat::Int(if exp.is_zero() {
                    Int::Small(1)
                } else {
                    self.clone()
                }));
            }
            Int::Small(-1) => {
                return Ok(IntOrFloat::Int(Int::Small(if exp_is_odd { -1 } else { 1 })));
            }
            _ => {}
        }
        let exp = exp.to_i64().ok_or(ArithError::Memory)? as u64;
        if self.bit_length().saturating_sub(1).saturating_mul(exp) > MAX_BITS {
            return Err(ArithError::Memory);
        }
        let exp = u32::try_from(exp).map_err(|_| ArithError::Memory)?;
        if let Int::Small(n) = self
            && let Some(result) = n.checked_pow(exp)
        {
            return Ok(IntOrFloat::Int(Int::Small(result)));
        }
        Ok(IntOrFloat::Int(Int::from(Pow::pow(self.to_big(), exp))))
    }

    /// `pow(self, exp, modulus)`; a negative exponent uses the modular inverse.
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> ArithResult<Int> {
        if modulus.is_zero() {
            return Err(ArithError::Value(
                "pow() 3rd argument cannot be 0".to_owned(),
            ));
        }
        let m = modulus.to_big();
        let abs_m = m.abs();
        let mut base = self.to_big().mod_floor(&abs_m);
        let mut e = exp.to_big();
        if e.is_negative() {
            base = base.modinv(&abs_m).ok_or_else(|| {
                ArithError::Value("base is not invertible for the given modulus".to_owned())
            })?;
            e = -e;
        }
        let result = if abs_m.is_one() {
            BigInt::zero()
        } else {
            base.modpow(&e, &abs_m)
        };
        Ok(Int::from(if m.is_negative() && !result.is_zero() {
            result + m
        } else {
            result
        }))
    }

    /// The number of bits of `abs(self)`.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(n) => u64::from(64 - n.unsigned_abs().leading_zeros()),
            Int::Big(n) => n.bits(),
        }
    }

    /// The number of ones in `abs(self)`.
    pub fn bit_count(&self) -> u64 {
        match self {
            Int::Small(n) => u64::from(n.unsigned_abs().count_ones()),
            Int::Big(n) => n.magnitude().count_ones(),
        }
    }

    /// `float(self)`, correctly rounded (ties to even).
    pub fn to_f64(&self) -> ArithResult<f64> {
        match self {
            Int::Small(n) => Ok(*n as f64),
            Int::Big(n) => scaled_to_f64(n.magnitude(), 0, false, n.is_negative())
                .ok_or(INT_TOO_LARGE_FOR_FLOAT),
        }
    }

    /// `int(value)`: `value` truncated towards zero.
    pub fn from_f64(value: f64) -> ArithResult<Int> {
        if value.is_nan() {
            return Err(ArithError::Value(
                "cannot convert float NaN to integer".to_owned(),
            ));
        }
        if value.is_infinite() {
            return Err(ArithError::Overflow(
                "cannot convert float infinity to integer",
            ));
        }
        let value = value.trunc();
        if value.abs() < 9.2e18 {
            return Ok(Int::Small(value as i64));
        }
        let (mantissa, exp) = float::integer_decompose(value);
        Ok(Int::from(BigInt::from(mantissa) << exp))
    }

    /// `hash(self)`: the value modulo 2**61 - 1, keeping the sign, with -1 (an
    /// error marker in C) replaced by -2.
    #[inline]
    pub fn hash(&self) -> i64 {
        match self {
            Int::Small(n) => small_hash(*n),
            Int::Big(_) => self.hash_general(),
        }
    }

    #[inline(never)]
    fn hash_general(&self) -> i64 {
        let residue = match self {
            Int::Small(n) => n.unsigned_abs() % HASH_MODULUS,
            Int::Big(n) => (n.magnitude() % HASH_MODULUS)
                .to_u64()
                .expect("a residue modulo 2**61 - 1 fits in u64"),
        } as i64;
        let hash = if self.is_negative() {
            -residue
        } else {
            residue
        };
        if hash == -1 { -2 } else { hash }
    }

    /// `self.to_bytes(length, byteorder, signed=signed)`.
    pub fn to_bytes(&self, length: usize, big_endian: bool, signed: bool) -> ArithResult<Vec<u8>> {
        if length as u64 > MAX_BITS / 8 {
            return Err(ArithError::Memory);
        }
        if !signed && self.is_negative() {
            return Err(ArithError::Overflow(
                "can't convert negative int to unsigned",
            ));
        }
        let big = self.to_big();
        let mut bytes = if signed {
            big.to_signed_bytes_le()
        } else {
            big.magnitude().to_bytes_le()
        };
        if self.is_zero() {
            bytes.clear();
        }
        if bytes.len() > length {
            return Err(ArithError::Overflow("int too big to convert"));
        }
        let pad = if self.is_negative() { 0xff } else { 0 };
        bytes.resize(length, pad);
        if big_endian {
            bytes.reverse();
        }
        Ok(bytes)
    }

    /// `int.from_bytes(bytes, byteorder, signed=signed)`.
    pub fn from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> Int {
        Int::from(match (big_endian, signed) {
            (true, true) => BigInt::from_signed_bytes_be(bytes),
            (false, true) => BigInt::from_signed_bytes_le(bytes),
            (true, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
            (false, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
        })
    }
}

impl Ord for Int {
    /// Without copying: a `Big` is normalized, so it lies beyond every
    /// `Small` on the side of its sign.
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
            (Int::Big(a), Int::Small(_)) => big_side(a),
            (Int::Small(_), Int::Big(b)) => big_side(b).reverse(),
        }
    }
}

/// How a normalized `Big` compares with any `Small`.
fn big_side(big: &BigInt) -> Ordering {
    if big.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The result of `int ** int`.
#[derive(Clone, Debug, PartialEq)]
pub enum IntOrFloat {
    Int(Int),
    Float(f64),
}

/// The hash of a small int: itself when its magnitude is below the modulus
/// (every int of up to 61 bits), -1 becoming -2.
#[inline]
pub fn small_hash(n: i64) -> i64 {
    let magnitude = n.unsigned_abs();
    let hash = if magnitude < HASH_MODULUS {
        n
    } else {
        let residue = (magnitude % HASH_MODULUS) as i64;
        if n < 0 { -residue } else { residue }
    };
    if hash == -1 { -2 } else { hash }
}
