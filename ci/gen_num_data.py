"""Writes DIR/cases.tsv: numeric operations and CPython's results, for
runtime/tests/num_diff.rs. Usage: python3.14 ci/gen_num_data.py DIR [LIB]

Each line is `op<TAB>arg...<TAB>=<TAB>result`, every value encoded without
spaces or tabs: i:HEX (signed), f:HEXBITS, c:HEXBITS,HEXBITS, s:HEX-OF-UTF8,
b:0/1, t:a|b for pairs, n:none (a NaN hash), E:CLASS:HEX-OF-MESSAGE.
"""

import math
import os
import random
import struct
import sys


def enc(v):
    if isinstance(v, bool):
        return "b:%d" % v
    if isinstance(v, int):
        return "i:%x" % v
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, complex):
        return "c:" + enc(v.real)[2:] + "," + enc(v.imag)[2:]
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, tuple):
        return "t:" + "|".join(enc(x) for x in v)
    if v is None:
        return "n:"
    raise TypeError(type(v))


def run(out, op, fn, *args):
    try:
        result = enc(fn(*args))
    except Exception as exc:  # the class and message are the expectation
        result = "E:%s:%s" % (type(exc).__name__, str(exc).encode("utf-8").hex())
    out.write("\t".join([op, *map(enc, args), "=", result]) + "\n")


rng = random.Random(314)

INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, 256, 1000, -1000]
for k in (31, 32, 52, 53, 54, 61, 62, 63, 64, 65, 100, 128, 1023, 1024):
    for d in (-1, 0, 1):
        INTS += [2**k + d, -(2**k) - d]
INTS += [10**20, -(10**20), 3**100, -(3**100), 2**1024 - 2**970, 2**1024 - 2**971, 10**308]
INTS += [rng.getrandbits(rng.choice((8, 40, 64, 70, 200))) * rng.choice((1, -1)) for _ in range(20)]

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 0.1, 1 / 3, 123.456,
          1e16, 1e300, -1e300, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, float(2**53), float(2**63), float(2**64), 1e22, 0.125,
          math.inf, -math.inf, math.nan, 7.0, -7.5, 1e-7, 99.99]
FLOATS += [struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0] for _ in range(6)]
FLOATS += [rng.uniform(-1000, 1000) for _ in range(6)]

INT_SPECS = ["", "d", "b", "o", "x", "X", "#x", "#X", "#b", "#o", "n", "c", ",", "_", "_x", "_b",
             "010", "+d", " d", "<8", ">8", "^9", "=+8", "*^12,", "08,", "09,", "-#012_x", ",x",
             ".2", "z", "+c", "#c", "e", ".3f", "%", "g", "q", "ab", "_,", ",_", "0=12,d", "x<5"]
FLOAT_SPECS = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0", ".1", ".3", ".12", ".0e", ".3e",
               ".0f", ".2f", ".20f", "#.0f", "#.0e", "#g", "#.3g", ".1g", ".17g", ",", ",.2f",
               "_.3f", ".6_f", ",._f", "010.2f", "+.2e", " g", "z.1f", "z", "^12.3", "=+12,.1f", ".3000000000f",
               "012", "d", "x", ".", ".2,e", "08.3%", "<10", "0<10"]

INT_STRINGS = ["0", "1", "-1", " 42 ", "+7", "1_000", "1__0", "_1", "1_", "0x1f", "0X_1F",
               "0o17", "0b101", "010", "00", "0_0", "", " ", "x", "12a", "z", "Z9", "-0x10",
               "1 2", "\t-3\n", "99999999999999999999999", "0x", "0b2", "1e5", "+", "-"]
FLOAT_STRINGS = ["0", "1.5", " -2.25 ", "1e5", "1E-5", ".5", "5.", "1_0.5", "1__0", "_1", "1_",
                 "inf", "-Infinity", "nan", "+NaN", "-nan", "infinit", "1e", "e5", "", " ",
                 "0x10", "1.7976931348623157e308", "1e309", "4.9e-324", "2e-324", "1_e5",
                 "1e1_0", "0.1", "123456789012345678901234567890", "1.5j", "+.5", "-.e1"]
HEX_STRINGS = ["0x1p0", "1", "-0x1.8p1", " 0X.8P-1 ", "0x1.", "0x.1", "0x", "0x.", "0x1p", "0x1p+",
               "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0x1p1024", "0x1p-1074",
               "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1p-99999999999999999999", "0x0p99999",
               "0x1p99999999999999999999", "inf", "-Infinity", "nan", "0xg", "0x1_0", "1e1",
               "0x123456789abcdef123456789p-100", "+0x0.0p0", "-0x0"]
COMPLEX_SPECS = ["", "e", "E", "f", ".2f", "g", "G", "n", ".3", ".0", "+", " ", "-", ",", "_.2f",
                 "z.1f", "#.0f", "#g", "<20", "^20", ">20", "*^25.3e", "020", "=10", "d", "%",
                 ",.2f", ".3_f", "+.2e"]
COMPLEX_STRINGS = ["1", "1j", "-1j", "j", "+j", "-j", "1+2j", "1-2j", "(1+2j)", " ( 3-4J ) ",
                   "1e5+1e-5j", "1e+5-1e+5j", "inf+nanj", "-nan-infj", "1 + 2j", "", "()",
                   "1+", "2j+1", "1_0+2_0j", "(1", "1.5", "0j", "-0-0j", "jj"]


def int_ops(out):
    binary = [
        ("int.add", lambda a, b: a + b), ("int.sub", lambda a, b: a - b),
        ("int.mul", lambda a, b: a * b), ("int.floordiv", lambda a, b: a // b),
        ("int.mod", lambda a, b: a % b), ("int.divmod", divmod),
        ("int.truediv", lambda a, b: a / b), ("int.and", lambda a, b: a & b),
        ("int.or", lambda a, b: a | b), ("int.xor", lambda a, b: a ^ b),
        ("int.lt", lambda a, b: a < b), ("int.eq", lambda a, b: a == b),
    ]
    for a in INTS:
        for b in INTS:
            for op, fn in binary:
                run(out, op, fn, a, b)
            if abs(a) <= 1 or b < 0 or a.bit_length() * b < 100_000:
                run(out, "int.pow", lambda a, b: a**b, a, b)
            if b < 200 or a == 0:
                run(out, "int.lshift", lambda a, b: a << b, a, b)
            run(out, "int.rshift", lambda a, b: a >> b, a, b)
        for op, fn in [("int.neg", lambda a: -a), ("int.invert", lambda a: ~a),
                       ("int.abs", abs), ("int.bit_length", int.bit_length),
                       ("int.bit_count", int.bit_count), ("int.float", float),
                       ("int.hash", hash), ("int.str", str)]:
            run(out, op, fn, a)
        for spec in INT_SPECS:
            run(out, "int.format", format, a, spec)
        for length in (0, 1, 8, 9):
            for big in (True, False):
                for signed in (True, False):
                    run(out, "int.to_bytes", lambda a, n, big, s: a.to_bytes(n, "big" if big else "little", signed=s).hex(), a, length, big, signed)
    for a in INTS[:40]:
        for b in (0, 1, 2, 5, -1, -2, 100, 2**70):
            for m in (1, -1, 7, -7, 2**64 + 13, 10, 0):
                run(out, "int.powmod", pow, a, b, m)
    for a, b in [(1, 1 << 64), (1, 1 << 62), (0, 1 << 64), (-1, -(1 << 70)), (5, 1 << 100)]:
        run(out, "int.lshift", lambda a, b: a << b, a, b)
        run(out, "int.rshift", lambda a, b: a >> b, a, b)
    for big_digits in (4299, 4300, 4301, 5000):
        run(out, "int.str", str, 10**big_digits - 1)
        run(out, "int.str", str, -(10**big_digits))
    for s in INT_STRINGS:
        for base in (0, 2, 8, 10, 16, 36, 1, 37):
            run(out, "int.parse", int, s, base)
    run(out, "int.parse", int, "1" * 5000, 10)
    run(out, "int.parse", int, "1" * 5000, 16)
    run(out, "int.parse", int, "x" * 300, 10)
    for byts in (b"", b"\x00", b"\xff", b"\x80\x01", bytes(range(1, 20)), b"\xff" * 9):
        for big in (True, False):
            for signed in (True, False):
                run(out, "int.from_bytes", lambda b, big, s: int.from_bytes(bytes.fromhex(b), "big" if big else "little", signed=s), byts.hex(), big, signed)


def float_ops(out):
    binary = [
        ("float.add", lambda a, b: a + b), ("float.sub", lambda a, b: a - b),
        ("float.mul", lambda a, b: a * b), ("float.truediv", lambda a, b: a / b),
        ("float.floordiv", lambda a, b: a // b), ("float.mod", lambda a, b: a % b),
        ("float.divmod", divmod), ("float.pow", lambda a, b: a**b),
    ]
    for a in FLOATS:
        for b in FLOATS:
            for op, fn in binary:
                run(out, op, fn, a, b)
        for n in INTS:
            run(out, "float.cmp_int", lambda a, n: (a < n, a == n, a > n), a, n)
            run(out, "float.add_int", lambda a, n: a + n, a, n)
        for op, fn in [("float.repr", repr), ("float.is_integer", float.is_integer),
                       ("float.as_integer_ratio", float.as_integer_ratio),
                       ("float.round", round), ("float.int", int), ("float.hex", float.hex),
                       ("float.hash", lambda a: None if a != a else hash(a))]:
            run(out, op, fn, a)
        for nd in (-400, -309, -308, -20, -2, -1, 0, 1, 2, 5, 15, 17, 300, 400, 2**70):
            run(out, "float.round_n", round, a, nd)
        for spec in FLOAT_SPECS:
            run(out, "float.format", format, a, spec)
    for a in (2.675, 0.125, 0.375, 2.5, 1e15 + 0.5, 5e-324, 1.7976931348623157e308, 12345.6789):
        for nd in (-310, -308, -5, -1, 0, 1, 2, 3):
            run(out, "float.round_n", round, a, nd)
    for s in FLOAT_STRINGS:
        run(out, "float.parse", float, s)
    for s in HEX_STRINGS + [x.hex() for x in FLOATS]:
        run(out, "float.fromhex", float.fromhex, s)


def complex_ops(out):
    parts = [0.0, -0.0, 1.0, -1.0, 2.5, 1e300, 1e-300, math.inf, -math.inf, math.nan, 3.0]
    values = [complex(a, b) for a in parts for b in parts]
    smalls = [complex(a, b) for a in (0.0, 1.0, -2.0, 0.5) for b in (0.0, -1.0, 3.0)]
    for a in values:
        for op, fn in [("complex.abs", abs), ("complex.repr", repr),
                       ("complex.hash", lambda a: None if a != a else hash(a)),
                       ("complex.neg", lambda a: -a)]:
            run(out, op, fn, a)
        for b in values[::7]:
            for op, fn in [("complex.add", lambda a, b: a + b), ("complex.sub", lambda a, b: a - b),
                           ("complex.mul", lambda a, b: a * b), ("complex.truediv", lambda a, b: a / b)]:
                run(out, op, fn, a, b)
        for r in parts:
            for op, fn in [("complex.add_real", lambda a, r: a + r), ("complex.sub_real", lambda a, r: a - r),
                           ("complex.real_sub", lambda a, r: r - a), ("complex.mul_real", lambda a, r: a * r),
                           ("complex.div_real", lambda a, r: a / r), ("complex.real_div", lambda a, r: r / a)]:
                run(out, op, fn, a, r)
    for a in smalls + [complex(0, 0), complex(1e200, 1e200)]:
        for b in smalls + [complex(2, 0), complex(-3, 0), complex(101, 0), complex(0.5, 0), complex(1000, 0)]:
            run(out, "complex.pow", lambda a, b: a**b, a, b)
    for a in values[::3]:
        for spec in COMPLEX_SPECS:
            run(out, "complex.format", format, a, spec)
    for s in COMPLEX_STRINGS:
        run(out, "complex.parse", complex, s)


def main():
    os.makedirs(sys.argv[1], exist_ok=True)
    with open(os.path.join(sys.argv[1], "cases.tsv"), "w", encoding="utf-8") as out:
        int_ops(out)
        float_ops(out)
        complex_ops(out)


main()
