"""Writes the reference data compiler/tests/literal_corpus.rs checks against:
every NUMBER and STRING token and every str/bytes constant of CPython's Lib,
and every Unicode character name, with what CPython 3.14 makes of them.

Run under the reference interpreter (ci/literal-data.sh does, into .cache/literal):

    python3.14 ci/gen_literal_data.py OUT_DIR LIB_DIR

It writes into OUT_DIR:
  numbers.txt    TEXT <TAB> repr(value), for Lib's and random number tokens
  floats.txt     hex(IEEE bits) <TAB> repr(float), for random bit patterns
  strings.txt    PREFIX <TAB> hex(body as UTF-8) <TAB> repr(value) or "ERR msg"
  constants.txt  hex(value as generalized UTF-8, or bytes) <TAB> "s"/"b" <TAB> repr(value)
  names.txt      NAME <TAB> code point in hex
  fuzz.txt       PREFIX <TAB> hex(body) <TAB> repr(value) or "ERR start msg", for
                 random escape-heavy bodies of str, bytes and f-string literals
                 (start: byte offset of the piece CPython reports an f-string error on)
"""

import ast
import io
import multiprocessing
import os
import random
import struct
import sys
import tokenize
import unicodedata
import warnings

def lib_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield os.path.join(dirpath, name)


def split_string(token):
    prefix = ""
    while token[len(prefix)] not in "'\"":
        prefix += token[len(prefix)]
    rest = token[len(prefix):]
    quote = rest[:3] if rest[:3] in ("'''", '"""') else rest[0]
    return prefix, rest[len(quote):-len(quote)]


def literal_tokens(path, numbers, strings):
    try:
        with tokenize.open(path) as f:
            tokens = list(tokenize.generate_tokens(f.readline))
    except (OSError, SyntaxError, UnicodeDecodeError, tokenize.TokenError):
        return
    for tok in tokens:
        if tok.type == tokenize.NUMBER:
            numbers.add((tok.string, repr(eval(tok.string))))
        elif tok.type == tokenize.STRING:
            prefix, body = split_string(tok.string)
            try:
                expected = repr(ast.literal_eval(tok.string))
            except SyntaxError as e:
                expected = "ERR " + e.msg
            strings.add((prefix, body.encode().hex(), expected))


def constants(path, out):
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
    except (OSError, SyntaxError, ValueError):
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant):
            v = node.value
            if isinstance(v, str):
                out.add((v.encode("utf-8", "surrogatepass").hex(), "s", repr(v)))
            elif isinstance(v, bytes):
                out.add((v.hex(), "b", repr(v)))


def names():
    for cp in range(sys.maxunicode + 1):
        name = unicodedata.name(chr(cp), None)
        if name is not None:
            yield name, cp
        else:
            # `\N{}` knows these names, `unicodedata.name` does not.
            tangut = f"TANGUT IDEOGRAPH-{cp:X}"
            try:
                unicodedata.lookup(tangut)
            except KeyError:
                continue
            yield tangut, cp


PIECES = ["\\", "N", "x", "u", "U", "0", "7", "8", "4", "a", "F", "D", "d8", "00", "n",
          "'", " ", "é", "😀", "\\\n", "SPACE", "LF", "foo", "-"]
STR_PIECES = PIECES + ["{", "}"]
FSTRING_PIECES = PIECES + ["{{", "}}", "\\N{SPACE}", "\\N{foo}", "\\N{"]


def random_body(rng, pieces):
    body = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
    trailing = len(body) - len(body.rstrip("\\"))
    return body + "a" if trailing % 2 else body


def only_text(fstring):
    """Whether an f-string has no replacement fields."""
    try:
        tokens = tokenize.generate_tokens(io.StringIO(fstring).readline)
        kinds = {tok.type for tok in tokens}
    except (SyntaxError, tokenize.TokenError):
        return False
    return kinds <= {tokenize.FSTRING_START, tokenize.FSTRING_MIDDLE, tokenize.FSTRING_END,
                     tokenize.NEWLINE, tokenize.ENDMARKER}


def fuzz_case(prefix, body):
    """CPython's verdict on one literal, or None if it fails for reasons
    other than decoding (such as an f-string the tokenizer rejects)."""
    source = f'{prefix}"""{body}"""'
    if "f" in prefix and not only_text(source):
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        decoding = ("(unicode error)", "(value error)", "bytes can only")
        if not e.msg.startswith(decoding) or e.lineno != 1:
            return None
        start_chars = e.offset - 1 - len(prefix) - 3 if "f" in prefix else 0
        return f"ERR {len(body[:start_chars].encode())} {e.msg}"
    value = tree.body[0].value
    if isinstance(value, ast.JoinedStr):
        return repr("".join(v.value for v in value.values))
    return repr(value.value)


def fuzz(cases):
    rng = random.Random(314)
    kinds = [("", STR_PIECES), ("r", STR_PIECES), ("b", STR_PIECES), ("rb", STR_PIECES),
             ("f", FSTRING_PIECES), ("rf", FSTRING_PIECES)]
    for prefix, pieces in kinds:
        for _ in range(cases):
            body = random_body(rng, pieces)
            expected = fuzz_case(prefix, body)
            if expected is not None:
                yield prefix, body.encode().hex(), expected


def random_numbers(rng, count):
    digits = lambda: "".join(rng.choice("0123456789") for _ in range(rng.randrange(1, 25)))
    for _ in range(count):
        text = rng.choice([f"{digits()}.{digits()}", f".{digits()}", f"{digits()}."])
        if rng.random() < 0.7:
            text += f"e{rng.choice(['', '+', '-'])}{rng.randrange(400)}"
        if rng.random() < 0.2:
            text += "j"
        yield text, repr(eval(text))


def random_floats(rng, count):
    for _ in range(count):
        bits = rng.getrandbits(64)
        yield f"{bits:016x}", repr(struct.unpack("<d", struct.pack("<Q", bits))[0])


def write(out, name, rows):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")


def scan(path):
    """The number tokens, string tokens and constants of one file."""
    warnings.simplefilter("ignore")
    numbers, strings, consts = set(), set(), set()
    literal_tokens(path, numbers, strings)
    constants(path, consts)
    return numbers, strings, consts


def main():
    out, lib = sys.argv[1:]
    numbers, strings, consts = set(), set(), set()
    # fork, not spawn: the reference binary only runs through its wrapper script.
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        for n, s, c in pool.imap_unordered(scan, lib_files(lib), chunksize=8):
            numbers |= n
            strings |= s
            consts |= c
    warnings.simplefilter("ignore")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(314)
    write(out, "numbers.txt", numbers | set(random_numbers(rng, 20000)))
    write(out, "floats.txt", random_floats(rng, 50000))
    write(out, "strings.txt", strings)
    write(out, "constants.txt", consts)
    write(out, "names.txt", ((n, f"{cp:x}") for n, cp in names()))
    write(out, "fuzz.txt", fuzz(20000))


main()
