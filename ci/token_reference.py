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
import multiprocessing
import os
import sys
import token
import tokenize


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


def work(job):
    src, dst = job
    text = dump(src)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    out, roots = sys.argv[1], sys.argv[2:]
    jobs = []
    for root in roots:
        root = os.path.abspath(root)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                src = os.path.join(dirpath, name)
                if name.endswith(".py") and os.path.isfile(src) and not os.path.islink(src):
                    rel = os.path.relpath(src, os.path.dirname(root))
                    jobs.append((src, os.path.join(out, rel + ".tokens")))
    # fork, not spawn: the reference binary only runs through its wrapper script.
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        pool.map(work, jobs, chunksize=8)
    print(f"{len(jobs)} token dumps in {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
