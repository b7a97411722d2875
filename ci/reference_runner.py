"""The driver every ci/*_reference.py script shares: walk Lib, run the
script's `expected(path)` on each file in parallel under the reference
interpreter, and write the result where the tests look for it.

    python3.14 ci/X_reference.py OUT_DIR ROOT [ROOT...]   # OUT_DIR/<root name>/<path><suffix>
    python3.14 ci/X_reference.py --beside ROOT [ROOT...]   # NAME<suffix> beside NAME.py

Regular .py files only (not symlinks), sorted. ci/reference-data.sh keys the
cached data on this file as well as on the script.
"""

import multiprocessing
import os
import sys
import warnings


def _write(job):
    expected, src, dst = job
    text = expected(src)
    os.makedirs(os.path.dirname(dst), exist_ok=True)
    with open(dst, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(text)


def run(expected, what, suffix=".out"):
    """Writes `expected(path)` (the whole file's text) for every file named
    on the command line; `what` names the output in the closing message."""
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
                        dst = src[: -len(".py")] + suffix
                    else:
                        rel = os.path.relpath(src, os.path.dirname(root))
                        dst = os.path.join(out, rel + suffix)
                    jobs.append((expected, src, dst))
    # fork, not spawn: the reference binary only runs through its wrapper script.
    with multiprocessing.get_context("fork").Pool(os.cpu_count()) as pool:
        pool.map(_write, jobs, chunksize=8)
    where = "beside their sources" if beside else f"in {out}"
    print(f"{len(jobs)} {what} {where}", file=sys.stderr)
