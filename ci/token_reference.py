"""Dumps the tokens CPython 3.14's C tokenizer gives its parser, for many files.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/token_reference.py OUT_DIR ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.tokens:
one line per token, `TYPE LINE COL END_LINE END_COL` (columns in characters, -1
where the tokenizer gives none), as `_tokenize.TokenizerIter(extra_tokens=False)`
yields them for the decoded source; if the tokenizer stops with an error, a last
line `ERROR ExcName: msg`; if the source cannot be decoded, only `UNDECODABLE`.
compiler/tests/tokenizer_diff.rs compares ferropy's tokenizer with these.
"""

import _tokenize
import io
import token
import tokenize

import reference_runner


def dump(path):
    with open(path, "rb") as f:
        data = f.read()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(encoding)
    except (SyntaxError, LookupError, UnicodeDecodeError):
        return "UNDECODABLE\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    try:
        for tok in _tokenize.TokenizerIter(io.StringIO(text).readline, extra_tokens=False):
            kind, _, (line, col), (end_line, end_col), _ = tok
            lines.append(f"{token.tok_name[kind]} {line} {col} {end_line} {end_col}")
    except SyntaxError as e:
        lines.append(f"ERROR {type(e).__name__}: {e.msg}")
    return "".join(line + "\n" for line in lines)


if __name__ == "__main__":
    reference_runner.run(dump, "token dumps", suffix=".tokens")
