//! `gamma` and `lgamma` as CPython computes them: a Lanczos approximation
//! (the g = 6.0246..., n = 13 coefficients Boost uses) with exact values for
//! small integers and a reflection formula for negative arguments. Domain
//! errors come back as NaN for [`super::check1`] to report. Also `cbrt`,
//! as the reference's C library computes it.

// The coefficients are written out in full as published.
#![allow(clippy::excessive_precision)]

use runtime::num::math as nm;
use std::f64::consts::PI;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// Numerator coefficients of the Lanczos sum, constant term first.
const NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];

/// Denominator coefficients: those of `x (x+1) ... (x+11)`.
const DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];

/// `gamma(n)` is exact (a float factorial) for integers up to this.
const EXACT_INTEGRAL: f64 = 23.0;

/// The Lanczos rational sum at `x > 0`, evaluated in the direction that
/// keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..NUM.len()).rev() {
            num = num * x + NUM[i];
            den = den * x + DEN[i];
        }
    } else {
        for i in 0..NUM.len() {
            num = num / x + NUM[i];
            den = den / x + DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate for large `x` (the argument is reduced first).
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `y ** e` applied to `r` (`mul`) or dividing it, in two halves for large
/// `e` so the power cannot overflow early.
fn scale_by_pow(r: f64, y: f64, absx: f64, mul: bool) -> f64 {
    let apply = |r: f64, p: f64| if mul { r * p } else { r / p };
    if absx < 140.0 {
        apply(r, y.powf(absx - 0.5))
    } else {
        let half = y.powf(absx / 2.0 - 0.25);
        apply(apply(r, half), half)
    }
}

pub(super) fn gamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 { x } else { f64::NAN };
    }
    if x == 0.0 {
        return f64::NAN;
    }
    if x == x.floor() {
        if x < 0.0 {
            return f64::NAN;
        }
        if x <= EXACT_INTEGRAL {
            return (2..x as u32).fold(1.0, |acc, k| acc * f64::from(k));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return 1.0 / x;
    }
    if absx > 200.0 {
        return if x < 0.0 {
            0.0 / sin_pi(x)
        } else {
            f64::INFINITY
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    if x < 0.0 {
        let mut r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        scale_by_pow(r, y, absx, false)
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        scale_by_pow(r, y, absx, true)
    }
}

pub(super) fn lgamma(x: f64) -> f64 {
    if !x.is_finite() {
        return if x.is_nan() { x } else { f64::INFINITY };
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { f64::NAN } else { 0.0 };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return -absx.ln();
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        const LOG_PI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;
        r = LOG_PI - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    r
}

/// The cube root as the reference's C library computes it (a polynomial
/// first guess refined by one rational step), which is not always
/// correctly rounded: `cbrt(27.0)` is `3.0000000000000004`.
pub(super) fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = nm::frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    nm::ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3).into())
}
