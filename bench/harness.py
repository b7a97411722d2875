"""Side-by-side benchmark harness: ferropy and CPython 3.14 in one run.

A benchmark names its contenders (an argv prefix each: an interpreter and its
flags) and the arguments of the workload they all run. `measure` runs every
contender on the workload, interleaved, after one untimed warm-up each, and
measures each run as a whole process: wall time from spawn to exit, and peak
resident memory (the child's ru_maxrss). Every run must exit as the baseline's
first run did and print the same stdout, so the contenders provably did the
same work; a contender that does not is a failure, shown as `fail`, and the
others go on. Runs under the machine's python3 (3.11 or later).
"""

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
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
    stderr: bytes


@dataclass
class Failure:
    """A contender that did not do the baseline's work, and why."""

    reason: str


def run(argv, timeout=None):
    """Runs argv to completion (stdout and stderr captured), killing it after
    `timeout` seconds if given."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        actions = [(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)]
        start = time.perf_counter()
        pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
        killer = threading.Timer(timeout, os.kill, (pid, signal.SIGKILL)) if timeout else None
        if killer:
            killer.start()
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        if killer:
            killer.cancel()
        out.seek(0)
        err.seek(0)
        return Run(wall, usage.ru_maxrss, os.waitstatus_to_exitcode(status), out.read(), err.read())


def measure(contenders, args, repeats):
    """Runs each contender (name -> argv prefix; the first is the baseline)
    `repeats` times on `args`, interleaved, after one untimed warm-up each.
    Returns name -> its timed Runs, or a Failure once a run of it could not
    start, or exited or printed otherwise than the baseline's warm-up (each
    run after that is killed past max(60 s, 20 times that warm-up's wall
    time)). A failing contender is not run again; its reason goes to stderr."""
    results = {name: [] for name in contenders}
    baseline = next(iter(contenders))
    reference = timeout = None
    for round in range(repeats + 1):
        for name, prefix in contenders.items():
            if isinstance(results[name], Failure):
                continue
            try:
                result = run([*prefix, *args], timeout)
            except OSError as e:
                reason = f"cannot run {prefix[0]}: {e.strerror}"
            else:
                if name == baseline and reference is None:
                    reference, timeout = result, max(60, 20 * result.wall)
                reason = mismatch(result, reference)
            if reason:
                results[name] = Failure(reason)
                print(f"  {name}: fail: {reason}", file=sys.stderr)
                continue
            if round:
                results[name].append(result)
            print(f"  {name}: {result.wall:.3f} s", file=sys.stderr)
    return results


def mismatch(result, reference):
    """Why `result` is not the baseline's `reference` run, or None."""
    if reference is None:
        return "the baseline did not run"
    if (result.status, result.stdout) == (reference.status, reference.stdout):
        return None
    what = "stdout differs" if result.status == reference.status else f"exit {result.status}"
    return f"{what} (baseline: exit {reference.status}); stderr {result.stderr[:200]!r}"


def median(result):
    """The median wall time of a contender's runs, or None if it failed."""
    return None if isinstance(result, Failure) else statistics.median(r.wall for r in result)


def compare(contenders, args, repeats, work_bytes=None):
    """`measure`, then `report`."""
    report(measure(contenders, args, repeats), work_bytes)


def report(results, work_bytes):
    """Prints one row per contender: median and min wall time, throughput
    (if `work_bytes`), speed relative to the baseline (the first), peak
    memory; `fail` for a contender that failed."""
    baseline = median(next(iter(results.values())))
    print(f"{'':16} {'median s':>9} {'min s':>9} {'MB/s':>8} {'speed':>7} {'max RSS MB':>11}")
    for name, runs in results.items():
        wall = median(runs)
        if wall is None:
            print(f"{name:16} {'fail':>9}")
            continue
        rate = f"{work_bytes / 1e6 / wall:8.1f}" if work_bytes else f"{'':8}"
        speed = f"{baseline / wall:6.2f}x" if baseline else f"{'-':>7}"
        rss = max(r.max_rss_kib for r in runs) / 1024
        print(f"{name:16} {wall:9.3f} {min(r.wall for r in runs):9.3f} {rate} {speed} {rss:11.1f}")


def cpython():
    """The reference CPython 3.14 (fetched by ci/fetch-cpython.sh if needed)."""
    return ci_path("fetch-cpython.sh")


def ferropy(build=True):
    """ferropy's `dist` binary (release with LTO), built with profile-guided
    optimisation by ci/build-pgo.sh (as CPython's release builds are) unless
    `build` is false, when the last PGO build is used, else the plain one."""
    if build:
        out = subprocess.run(
            [str(ROOT / "ci" / "build-pgo.sh")], cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True
        )
        path = out.stdout.strip().splitlines()[-1]
    else:
        pgo = ROOT / "target" / "pgo" / "dist" / "ferropy"
        path = str(pgo if pgo.exists() else ROOT / "target" / "dist" / "ferropy")
    print(f"ferropy: {path}", file=sys.stderr)
    return path


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
