"""Prints what CPython 3.14 gives for `ferropy --dump-ast`, for many files at once.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/ast_reference.py OUT_DIR ROOT [ROOT...]
    python3.14 ci/ast_reference.py --beside ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out
(with --beside: NAME.out next to NAME.py, as the test corpus keeps them):
the line `print(ast.dump(ast.parse(src, path), include_attributes=True))` prints, or
for a source CPython rejects, `ExcName: msg (lineno:offset)`. A file's first line
is the exit status ferropy must give (0 or 1).
"""

import ast
import os
import sys
import warnings
import multiprocessing


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return 1, f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})"
    return 0, ast.dump(tree, include_attributes=True)


def work(job):
    src, dst = job
    status, text = expected(src)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(f"{status}\n{text}\n")


def main():
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(100000)
    out, roots = sys.argv[1], sys.argv[2:]
    beside = out == "--beside"
    jobs = []
    for root in roots:
        root = os.path.abspath(root)
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for name in sorted(filenames):
                src = os.path.join(dirpath, name)
                if name.endswith(".py") and os.path.isfile(src) and not os.path.islink(src):
                    if beside:
                        dst = src[: -len(".py")] + ".out"
                    else:
                        rel = os.path.relpath(src, os.path.dirname(root))
                        dst = os.path.join(out, rel + ".out")
                    jobs.append((src, dst))
    # fork, not spawn: the reference binary only runs through its wrapper script.
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        pool.map(work, jobs, chunksize=8)
    where = "beside their sources" if beside else f"in {out}"
    print(f"{len(jobs)} reference dumps {where}", file=sys.stderr)


if __name__ == "__main__":
    main()
