"""Parse throughput over all of CPython 3.14's Lib: `ferropy --parse-only
FILE...` (release build) against CPython 3.14 running programs/parse_files.py
(ast.parse of each file) on the same files. Timed: each whole process, start
to exit, including start-up and reading the files.

    python3 bench/parse_throughput.py [--repeats N]
"""

import argparse
import os

import harness


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5, help="timed runs of each (default 5)")
    repeats = parser.parse_args().repeats
    files = harness.lib_files()
    size = sum(os.path.getsize(f) for f in files)
    print(f"parsing {len(files)} files, {size / 1e6:.1f} MB, {repeats} runs each", flush=True)
    contenders = {
        "cpython-3.14": [harness.cpython(), str(harness.ROOT / "bench" / "programs" / "parse_files.py")],
        "ferropy": [harness.ferropy(), "--parse-only"],
    }
    harness.compare(contenders, files, repeats, work_bytes=size)


if __name__ == "__main__":
    main()
