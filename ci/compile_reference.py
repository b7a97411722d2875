"""Prints whether CPython 3.14 compiles each Lib file, for compiler/tests/codegen_lib.rs.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/compile_reference.py OUT_DIR ROOT [ROOT...]
    python3.14 ci/compile_reference.py --beside ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out
(with --beside: NAME.out next to NAME.py): `ok` when
`compile(source_bytes, path, 'exec')` succeeds (warnings ignored), else the
line `ExcName: msg (lineno:offset)` of the error it raises.
"""

import os
import sys
import warnings
import multiprocessing


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec")
    except (SyntaxError, ValueError, MemoryError) as e:
        if isinstance(e, SyntaxError):
            return f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})"
        return f"{type(e).__name__}: {e}"
    return "ok"


def work(job):
    src, dst = job
    text = expected(src)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(text + "\n")


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
    print(f"{len(jobs)} reference compile results {where}", file=sys.stderr)


if __name__ == "__main__":
    main()
