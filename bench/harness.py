"""Side-by-side benchmark harness: ferropy and CPython 3.14 in one run.

A benchmark names its contenders (an argv prefix each: an interpreter and its
flags) and the arguments of the workload they all run. `compare` runs every
contender on the workload, interleaved, after one untimed warm-up each, and
measures each run as a whole process: wall time from spawn to exit, and peak
resident memory (the child's ru_maxrss). Every run must exit as the baseline's
first run did and print the same stdout, so the contenders provably did the
same work. Runs under the machine's python3 (3.11 or later).
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Run:
    wall: float
    max_rss_kib: int
    status: int
    stdout: bytes


def run(argv):
    """Runs argv to completion (stdout captured, stderr inherited)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1)])
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        return Run(wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.read())


def compare(contenders, args, repeats, work_bytes=None):
    """Runs each contender (name -> argv prefix; the first is the baseline)
    `repeats` times on `args` and prints a table of medians. `work_bytes`, if
    given, adds a MB/s column. Exits 1 if a run's status or stdout differs."""
    runs = {name: [] for name in contenders}
    reference = None
    for round in range(repeats + 1):
        for name, prefix in contenders.items():
            result = run([*prefix, *args])
            if reference is None:
                reference = result
            elif (result.status, result.stdout) != (reference.status, reference.stdout):
                sys.exit(
                    f"{name} exited {result.status} printing {result.stdout[:500]!r}; "
                    f"the baseline exited {reference.status} printing {reference.stdout[:500]!r}"
                )
            if round:
                runs[name].append(result)
            print(f"  {name}: {result.wall:.3f} s", file=sys.stderr)
    report(runs, work_bytes)


def report(runs, work_bytes):
    """Prints one row per contender: median and min wall time, throughput,
    speed relative to the baseline (the first), peak memory."""
    baseline = statistics.median(r.wall for r in next(iter(runs.values())))
    print(f"{'':16} {'median s':>9} {'min s':>9} {'MB/s':>8} {'speed':>7} {'max RSS MB':>11}")
    for name, results in runs.items():
        wall = statistics.median(r.wall for r in results)
        rate = f"{work_bytes / 1e6 / wall:8.1f}" if work_bytes else f"{'':8}"
        rss = max(r.max_rss_kib for r in results) / 1024
        print(f"{name:16} {wall:9.3f} {min(r.wall for r in results):9.3f} {rate} {baseline / wall:6.2f}x {rss:11.1f}")


def cpython():
    """The reference CPython 3.14 (fetched by ci/fetch-cpython.sh if needed)."""
    return ci_path("fetch-cpython.sh")


def ferropy():
    """ferropy's release binary, built first."""
    subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "ferropy"], cwd=ROOT, check=True)
    return str(ROOT / "target" / "release" / "ferropy")


def lib_files():
    """CPython 3.14's Lib: every regular .py file, as ci/ast_reference.py walks it."""
    files = []
    for dirpath, dirnames, filenames in os.walk(ci_path("cpython-lib.sh")):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if name.endswith(".py") and os.path.isfile(path) and not os.path.islink(path):
                files.append(path)
    return files


def ci_path(script):
    """The path ci/<script> prints."""
    out = subprocess.run(["bash", ROOT / "ci" / script], check=True, stdout=subprocess.PIPE, text=True)
    return out.stdout.strip()
