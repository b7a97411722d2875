//! Python's `complex`: arithmetic with C11 Annex G's recovery of infinities
//! in division, powers (exact repeated multiplication for small integral
//! exponents), `abs`, `repr` and the hash, as CPython computes them.

use std::ops::{Add, Mul, Neg, Sub};

use numfmt::{FloatStyle, format_float};

use super::error::{ArithError, ArithResult, DIVISION_BY_ZERO};
use super::float;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

const ZERO_POWER: ArithError = ArithError::ZeroDivision("zero to a negative or complex power");

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `self / o`; dividing by zero is an error.
    pub fn try_div(self, o: Complex) -> ArithResult<Complex> {
        self.quotient(o).ok_or(DIVISION_BY_ZERO)
    }

    /// Smith's algorithm; `None` for a zero divisor.
    fn quotient(self, b: Complex) -> Option<Complex> {
        Numerator::Complex(self).over(b)
    }

    /// `a / self` for a real `a` (3.14 keeps the real operand real, so no
    /// zero imaginary part enters the products).
    pub fn real_div(self, a: f64) -> ArithResult<Complex> {
        Numerator::Real(a).over(self).ok_or(DIVISION_BY_ZERO)
    }

    /// `self / b` for a real `b`.
    pub fn div_real(self, b: f64) -> ArithResult<Complex> {
        if b == 0.0 {
            return Err(DIVISION_BY_ZERO);
        }
        Ok(Complex::new(self.re / b, self.im / b))
    }

    pub fn add_real(self, b: f64) -> Complex {
        Complex::new(self.re + b, self.im)
    }

    pub fn sub_real(self, b: f64) -> Complex {
        Complex::new(self.re - b, self.im)
    }

    /// `a - self` for a real `a`.
    pub fn real_sub(self, a: f64) -> Complex {
        Complex::new(a - self.re, -self.im)
    }

    pub fn mul_real(self, b: f64) -> Complex {
        Complex::new(self.re * b, self.im * b)
    }

    /// `abs(self)`.
    pub fn abs(self) -> ArithResult<f64> {
        let result = self.re.hypot(self.im);
        if result.is_infinite() && self.re.is_finite() && self.im.is_finite() {
            return Err(ArithError::Overflow("absolute value too large"));
        }
        Ok(result)
    }

    /// `self ** exp`.
    pub fn pow(self, exp: Complex) -> ArithResult<Complex> {
        let result = if exp.im == 0.0 && exp.re == exp.re.floor() && exp.re.abs() <= 100.0 {
            self.powi(exp.re as i32)?
        } else if exp.re == 0.0 && exp.im == 0.0 {
            Complex::new(1.0, 0.0)
        } else if self.re == 0.0 && self.im == 0.0 {
            if exp.im != 0.0 || exp.re < 0.0 {
                return Err(ZERO_POWER);
            }
            Complex::new(0.0, 0.0)
        } else {
            let magnitude = self.re.hypot(self.im);
            let mut length = magnitude.powf(exp.re);
            let angle = self.im.atan2(self.re);
            let mut phase = angle * exp.re;
            if exp.im != 0.0 {
                length /= (angle * exp.im).exp();
                phase += exp.im * magnitude.ln();
            }
            Complex::new(length * phase.cos(), length * phase.sin())
        };
        if result.re.is_infinite() || result.im.is_infinite() {
            return Err(ArithError::Overflow("complex exponentiation"));
        }
        Ok(result)
    }

    /// An integral power by repeated squaring (a negative one as a quotient).
    fn powi(self, n: i32) -> ArithResult<Complex> {
        let mut result = Complex::new(1.0, 0.0);
        let mut square = self;
        let mut rest = n.unsigned_abs();
        while rest > 0 {
            if rest & 1 == 1 {
                result = result * square;
            }
            square = square * square;
            rest >>= 1;
        }
        if n < 0 {
            return Complex::new(1.0, 0.0).quotient(result).ok_or(ZERO_POWER);
        }
        Ok(result)
    }

    /// `hash(self)`: `hash(re) + 1000003 * hash(im)`; `None` when a part is
    /// a NaN (hashed by identity).
    pub fn hash(self) -> Option<i64> {
        let re = float::hash(self.re)?;
        let im = float::hash(self.im)?;
        let hash = re.wrapping_add(im.wrapping_mul(1_000_003));
        Some(if hash == -1 { -2 } else { hash })
    }

    /// `repr(self)`: `1j`, `(1+2j)`, `(-0-0j)`; the parts without float's `.0`.
    pub fn repr(self) -> String {
        let part = |x: f64| format_float(x, FloatStyle::Repr, 0, false, false);
        if self.re == 0.0 && self.re.is_sign_positive() {
            return format!("{}j", part(self.im));
        }
        let im = part(self.im);
        let sign = if im.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{im}j)", part(self.re))
    }
}

impl Add for Complex {
    type Output = Complex;

    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl Sub for Complex {
    type Output = Complex;

    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl Neg for Complex {
    type Output = Complex;

    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

impl Mul for Complex {
    type Output = Complex;

    /// The product; when it comes out NaN in both parts but a factor is
    /// infinite or an intermediate product overflowed, C11 Annex G's
    /// recovery of the infinite result.
    fn mul(self, o: Complex) -> Complex {
        let (mut a, mut b, mut c, mut d) = (self.re, self.im, o.re, o.im);
        let (ac, bd, ad, bc) = (a * c, b * d, a * d, b * c);
        let product = Complex::new(ac - bd, ad + bc);
        if !(product.re.is_nan() && product.im.is_nan()) {
            return product;
        }
        let unit = |x: f64| (if x.is_infinite() { 1.0 } else { 0.0f64 }).copysign(x);
        let zero_nan = |x: f64| if x.is_nan() { 0.0f64.copysign(x) } else { x };
        let mut recalc = false;
        if a.is_infinite() || b.is_infinite() {
            (a, b, c, d) = (unit(a), unit(b), zero_nan(c), zero_nan(d));
            recalc = true;
        }
        if c.is_infinite() || d.is_infinite() {
            (a, b, c, d) = (zero_nan(a), zero_nan(b), unit(c), unit(d));
            recalc = true;
        }
        if !recalc && [ac, bd, ad, bc].iter().any(|x| x.is_infinite()) {
            (a, b, c, d) = (zero_nan(a), zero_nan(b), zero_nan(c), zero_nan(d));
            recalc = true;
        }
        if !recalc {
            return product;
        }
        Complex::new(
            f64::INFINITY * (a * c - b * d),
            f64::INFINITY * (a * d + b * c),
        )
    }
}

/// The dividend of a quotient: a complex, or (for `real / complex`) a real
/// whose missing imaginary part must not take part in the arithmetic.
#[derive(Clone, Copy)]
enum Numerator {
    Complex(Complex),
    Real(f64),
}

impl Numerator {
    fn parts(self) -> (f64, f64) {
        match self {
            Numerator::Complex(c) => (c.re, c.im),
            Numerator::Real(re) => (re, 0.0),
        }
    }

    /// `self * conj(x + yj)`.
    fn times_conjugate(self, x: f64, y: f64) -> Complex {
        match self {
            Numerator::Complex(a) => Complex::new(a.re * x + a.im * y, a.im * x - a.re * y),
            Numerator::Real(a) => Complex::new(a * x, -a * y),
        }
    }

    /// Smith's step: `self` over `b` scaled by its real part (`ratio` =
    /// `b.im / b.re`) or by its imaginary part (`ratio` = `b.re / b.im`).
    fn scaled(self, ratio: f64, denom: f64, by_real: bool) -> Complex {
        match (self, by_real) {
            (Numerator::Complex(a), true) => {
                Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
            }
            (Numerator::Complex(a), false) => {
                Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
            }
            (Numerator::Real(a), true) => Complex::new(a / denom, (-a * ratio) / denom),
            (Numerator::Real(a), false) => Complex::new((a * ratio) / denom, (-a) / denom),
        }
    }

    /// `self / b` by Smith's algorithm, scaling by the larger part of `b`,
    /// then C11 Annex G's recovery of infinite and zero results that came
    /// out NaN; `None` for a zero divisor.
    fn over(self, b: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        let mut r = if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            self.scaled(ratio, b.re + b.im * ratio, true)
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            self.scaled(ratio, b.re * ratio + b.im, false)
        } else {
            Complex::new(f64::NAN, f64::NAN)
        };
        if r.re.is_nan() && r.im.is_nan() {
            let unit = |x: f64| (if x.is_infinite() { 1.0 } else { 0.0f64 }).copysign(x);
            let (a_re, a_im) = self.parts();
            let finite = b.re.is_finite() && b.im.is_finite();
            if (a_re.is_infinite() || a_im.is_infinite()) && finite {
                let (x, y) = (unit(a_re), unit(a_im));
                r = Complex::new(
                    f64::INFINITY * (x * b.re + y * b.im),
                    f64::INFINITY * (y * b.re - x * b.im),
                );
            } else if (abs_re.is_infinite() || abs_im.is_infinite())
                && a_re.is_finite()
                && a_im.is_finite()
            {
                r = self.times_conjugate(unit(b.re), unit(b.im)).mul_real(0.0);
            }
        }
        Some(r)
    }
}
