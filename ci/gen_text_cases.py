"""Writes OUT/cases.txt: str operations on structured random strings and what
the reference interpreter answers, for runtime/tests/text_diff.rs.

    python3.14 ci/gen_text_cases.py OUT [LIB]

(made and cached by ci/text-data.sh). One case per line, tab-separated:
the operation, the receiver, the arguments, then the expected value. Values:
`s` + comma-separated hex code points (a str, surrogates included), `i` + a
decimal int, `t`/`f` (bools), `n` (None), `b` + hex pairs (bytes), `l` +
`|`-separated values (a list or tuple). An exception is `!Class:` + its str()
encoded as a str value. Hashes are CPython's under PYTHONHASHSEED=0 (the
fixed key ours uses), so the script insists on that mode.
"""

import _string
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    sys.exit("run with PYTHONHASHSEED=0, as ci/text-data.sh does, so hashes are reproducible")

ASCII = "abcxyzABCXYZ019_ .,;:'\"\\-+*#!?()[]{}\t\n\r\x0b\x0c\x00\x1b\x7f"
LATIN1 = "\xe9\xdf\xff\xb5\xa0\x85\xaa\xba\xb9\xbd\xc0\xc6\xd0\xd7\xf7\x80\xad\x1c\x1d\x1e\x1f"
BMP = (
    "\u03a3\u03c3\u03c2\u0391\u03a9\u1f00\u1fbc\u1f88\ufb01\ufb00\u0130\u0131\u01c5\u01c6"
    "\u01c4\u0132\u0149\u0390\u0345\u0416\u0436\u1c80\u0301\u0308\u200b\u2028\u2029\u3000"
    "\u1680\u2000\u202f\u205f\u4e00\u4e2d\ufb13\uff21\uff41\u0663\u06f4\u0966\xb2\xb3"
    "\u2155\u2160\u3007\u1e9e\u2126\u212a\ufeff\u180e\u0587\u02b0\u00b7\u2118\u212e\u309b"
    "\u0600\u00ad\u0340\u1d2c\u24b6\u24d0\u2c65\ua7ae\u0250\u2d00"
)
ASTRAL = (
    "\U0001f600\U0001d400\U0001d41a\U00010400\U00010428\U0001e900\U0001e922\U0001d7ce"
    "\U00010107\U000e0020\U0010ffff\U0001f1e6\U00016e40\U0001d7d8\U000e0100\U00020000"
)
SURROGATES = "\ud800\udbff\udc00\udc80\udcff\udfff"
SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u3000\u200b"
WORDS = [
    "hello", "World", "\u01c5ungla", "it's", "\u03a3\u0391\u03a3", "\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3",
    "stra\xdfe", "-12", "+3", "a\tb", "\r\n", "\u03a3", "A\u03a3", "\u0130stanbul", "\ufb01ne", "x1_y",
    "caf\xe9", "ab", "ba", "aaa", "\u2160\u2161", "\U00010400\U00010428",
    "\u0149", "\u01f0", "\u0390", "\ufb13", "\u1e96", "\u1f80", "\u0391\u03a3\u0345 ", "\u03a3.",
    "A'\u03a3'", "\u03a3\u0301a", "x\u03a3\u00ad", "\u0130\u0307", "\u10d0", "\u1c90",
]
HUGE = [2**62, -(2**62), 2**63 - 1, -(2**63)]
POOLS = [ASCII, LATIN1, BMP, ASTRAL, SURROGATES, SPACES]
ENCODINGS = ["utf-8", "UTF8", "latin-1", "iso.8859.1", "ascii", "US-ASCII", "u8", "utf8.", "koi8-z",
             "UTF-\uff18", "\uff35TF-8", "utf\xa08", "ISO_8859-1:1987", "latin\u212a1", "u\xdf8",
             " utf8", "..utf8", "ascii\x00"]
HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "surrogateescape", "surrogatepass", "bogus", "strict\x00"]

rng = random.Random(314)


def rand_str(max_len=12):
    pools = rng.sample(POOLS, rng.randint(1, 3))
    parts = []
    for _ in range(rng.randint(0, max_len)):
        if rng.random() < 0.2:
            parts.append(rng.choice(WORDS))
        else:
            parts.append(rng.choice(rng.choice(pools)))
    return "".join(parts)


def rand_sub(s):
    r = rng.random()
    if r < 0.5 and s:
        i = rng.randint(0, len(s))
        return s[i : i + rng.choice([rng.randint(0, 3), rng.randint(9, 15)])]
    if r < 0.65:
        return ""
    return rand_str(3)


def rand_int(s):
    if rng.random() < 0.05:
        return rng.choice(HUGE)
    return rng.randint(-len(s) - 2, len(s) + 2)


def rand_index(s):
    return rng.choice([None, rand_int(s)])


def rand_bytes():
    r = rng.random()
    if r < 0.4:
        return rand_str().encode("utf-8", "surrogatepass")
    if r < 0.7:
        data = bytearray(rand_str().encode("utf-8", "surrogatepass"))
        for _ in range(rng.randint(1, 3)):
            pos = rng.randint(0, len(data))
            data[pos:pos] = bytes([rng.choice([0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x90])])
        return bytes(data)
    if r < 0.85:
        data = rand_str().encode("utf-8", "surrogatepass")
        return data[: rng.randint(0, len(data))]
    return bytes(rng.randint(0, 255) for _ in range(rng.randint(0, 8)))


def rand_spec():
    """A format spec: each part of the grammar present at random, sometimes
    out of order or with stray characters."""
    parts = []
    if rng.random() < 0.5:
        if rng.random() < 0.5:
            parts.append(rng.choice("*0x\xe9\u03a3\U0001f600\ud800<>= "))
        parts.append(rng.choice("<>^="))
    for chance, choices in [
        (0.05, ["+", "-", " "]), (0.03, ["z"]), (0.03, ["#"]), (0.15, ["0"]),
        (0.6, ["5", "12", "0", "\u0665", "99999999999999999999", str(2**62)]),
        (0.05, [",", "_", ",_", ",,"]),
        (0.4, [".", ".0", ".3", ".\u0662", ".,", ".3_", ".99999999999999999999"]),
        (0.4, ["s", "s", "s", "s", "d", "x", "%", "\x01", " ", "\xe9", "\ud800", "ss"]),
    ]:
        if rng.random() < chance:
            parts.append(rng.choice(choices))
    if rng.random() < 0.1:
        rng.shuffle(parts)
    return "".join(parts)


def enc(v):
    if isinstance(v, bool):
        return "t" if v else "f"
    if v is None:
        return "n"
    if isinstance(v, int):
        return f"i{v}"
    if isinstance(v, str):
        return "s" + ",".join(f"{ord(c):x}" for c in v)
    if isinstance(v, bytes):
        return "b" + v.hex()
    if isinstance(v, (list, tuple)):
        return "l" + "|".join(enc(x) for x in v)
    raise TypeError(type(v))


def call(op, s, args):
    match op:
        case "getitem":
            return s[args[0]]
        case "slice":
            return s[args[0] : args[1] : args[2]]
        case "len":
            return len(s)
        case "hash":
            return hash(s)
        case "repr":
            return repr(s)
        case "ascii":
            return ascii(s)
        case "add":
            return s + args[0]
        case "mul":
            return s * args[0]
        case "contains":
            return args[0] in s
        case "cmp":
            return (s > args[0]) - (s < args[0])
        case "join":
            return s.join(args[0])
        case "format":
            return format(s, args[0])
        case "formatter_parser":
            # Flattened: literal, field name, spec, conversion per piece.
            return [x for piece in _string.formatter_parser(s) for x in piece]
        case "decode":
            return s.decode(*args)
        case _:
            return getattr(s, op)(*args)


def cases_for(s):
    sub = lambda: rand_sub(s)
    yield from ((op, []) for op in [
        "lower", "upper", "casefold", "title", "capitalize", "swapcase", "isalpha", "isalnum",
        "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper", "istitle",
        "isidentifier", "isascii", "isprintable", "repr", "ascii", "len", "hash", "strip", "lstrip",
        "rstrip", "split", "rsplit",
    ])
    yield "splitlines", [rng.random() < 0.5]
    for op in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
        for _ in range(3):
            args = [sub()]
            if rng.random() < 0.6:
                args.append(rand_index(s))
                if rng.random() < 0.6:
                    args.append(rand_index(s))
            yield op, args
    for op in ["split", "rsplit"]:
        for _ in range(3):
            sep = rng.choice([None, sub(), rng.choice(SPACES), ""])
            yield op, [sep, rng.choice([-1, 0, 1, 2, 5, -(2**63), 2**63 - 1])]
    yield "replace", [sub(), rand_str(2), rng.choice([-1, 0, 1, 2, -(2**63), 2**63 - 1])]
    yield "replace", [sub(), rand_str(2)]
    for op in ["partition", "rpartition", "removeprefix", "removesuffix", "contains"]:
        yield op, [sub()]
    for op in ["strip", "lstrip", "rstrip"]:
        yield op, [rng.choice([None, sub(), rand_str(3)])]
    for op in ["center", "ljust", "rjust"]:
        fill = rng.choice([" ", "*", "\xe9", "\u03a3", "\U0001f600", "\ud800"])
        yield op, [rng.choice([rng.randint(-1, len(s) + 5), -(2**63), 2**62]), fill]
    yield "zfill", [rng.choice([rng.randint(-1, len(s) + 5), -(2**63), 2**62])]
    yield "expandtabs", [rng.choice([-1, 0, 1, 4, 8])]
    yield "getitem", [rand_int(s)]
    yield "slice", [rand_index(s), rand_index(s), rng.choice([None, 1, 2, -1, -2, 3, 0, 2**63 - 1, -(2**63)])]
    yield "add", [rand_str(3)]
    yield "mul", [rng.choice([-1, 0, 1, 2, 3, 2**61, 2**62, 2**63 - 1])]
    yield "cmp", [rng.choice([s, sub(), rand_str(4), s + "a"])]
    yield "join", [[rand_str(3) for _ in range(rng.randint(0, 3))]]
    for _ in range(3):
        yield "format", [rand_spec()]
    yield "encode", [rng.choice(ENCODINGS), rng.choice(HANDLERS)]
    yield "encode", [rng.choice(ENCODINGS[:5]), rng.choice(HANDLERS[:7])]


def rand_template():
    """A str.format template: text with braces, fields, conversions and
    nested specs, well- or ill-formed."""
    parts = []
    for _ in range(rng.randint(0, 6)):
        parts.append(rng.choice([
            rand_str(2), "{", "}", "{{", "}}", "{}", "{0}", "{x.y[}z]}", "{a[", "!", ":",
            "{0!r}", "{!s:>5}", "{0:{1}}", "{:{w}.{p}}", "{0!}", "{0!rx}", "{0:", "[", "]",
        ]))
    return "".join(parts)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    lines = []

    def record(op, receiver, args):
        try:
            expected = enc(call(op, receiver, args))
        except Exception as e:
            expected = f"!{type(e).__name__}:" + enc(str(e))
        lines.append("\t".join([op, enc(receiver)] + [enc(a) for a in args] + [expected]))

    for _ in range(2500):
        s = rand_str()
        for op, args in cases_for(s):
            record(op, s, args)
    for _ in range(5000):
        record("formatter_parser", rand_template(), [])
    for _ in range(3000):
        record("decode", rand_bytes(), [rng.choice(ENCODINGS[:5]), rng.choice(HANDLERS[:7])])
    for _ in range(500):
        record("decode", rand_bytes(), [rng.choice(ENCODINGS), rng.choice(HANDLERS)])
    with open(os.path.join(out_dir, "cases.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


main()
