"""Runs CPython 3.14, ferropy and ferropy in GIL mode side by side.

The programs in programs/ run single-threaded, those in scaling/ on 1 and on N
threads; prints a table of median wall times for each set (see README.md).

    python3 bench/run.py [--repeats K] [--only SUBSTR] [--threads N] [--no-build] [--json FILE]
"""

import argparse
import json
import os
import statistics
import sys

import harness

BENCH = harness.ROOT / "bench"
HELPERS = {"parse_files.py", "spawn.py"}  # not benchmarks themselves


def programs(directory, only):
    return [p for p in sorted((BENCH / directory).glob("*.py")) if p.name not in HELPERS and only in p.name]


def ratio(a, b):
    return None if a is None or b is None else a / b


def geomean(values):
    present = [v for v in values if v is not None]
    return statistics.geometric_mean(present) if present else None


def cell(value, fmt, width, missing="fail"):
    """`value` formatted, or `missing` when it is None."""
    return f"{missing if value is None else format(value, fmt):>{width}}"


def measure(contenders, program, args, repeats):
    """Median wall time of each contender (None: failed) on `program args`."""
    print(f"{program.name} {' '.join(args)}", file=sys.stderr)
    results = harness.measure(contenders, [str(program), *args], repeats)
    return {name: harness.median(runs) for name, runs in results.items()}


def single_thread(contenders, only, repeats):
    """Times each program; prints and returns program -> contender -> median."""
    medians = {p.name: measure(contenders, p, [], repeats) for p in programs("programs", only)}
    if not medians:
        return medians
    pairs = [("ferropy", "cpython"), ("ferropy-gil", "cpython"), ("ferropy", "ferropy-gil")]
    ratios = {name: [ratio(m[a], m[b]) for a, b in pairs] for name, m in medians.items()}
    headers = [f"{c} s" for c in contenders] + [f"{a}/{b}" for a, b in pairs]
    print(f"\n{'single thread, median wall time':35}" + "".join(f"{h:>20}" for h in headers))
    for name, m in medians.items():
        times = "".join(cell(m[c], ".3f", 20) for c in contenders)
        print(f"{name:35}{times}" + "".join(cell(r, ".2f", 20) for r in ratios[name]))
    means = "".join(cell(geomean(column), ".2f", 20, "-") for column in zip(*ratios.values()))
    print(f"{'geomean':35}{'':{20 * len(contenders)}}{means}")
    return medians


def scaling(contenders, only, threads, repeats):
    """Times each scaling program on 1 and `threads` threads; prints and
    returns program -> contender -> [t1, tN]."""
    times = {}
    for p in programs("scaling", only):
        one, many = (measure(contenders, p, [str(n)], repeats) for n in (1, threads))
        times[p.name] = {c: [one[c], many[c]] for c in contenders}
    if not times:
        return times
    headers = f"{'contender':>12}{'1 thread s':>14}{f'{threads} threads s':>14}{'scaling':>10}"
    print(f"\n{f'scaling to {threads} threads':35}{headers}")
    factors = {c: [] for c in contenders}
    for name, by_contender in times.items():
        for c, (t1, tn) in by_contender.items():
            factor = ratio(threads * t1, tn) if t1 else None
            factors[c].append(factor)
            print(f"{name:35}{c:>12}{cell(t1, '.3f', 14)}{cell(tn, '.3f', 14)}{cell(factor, '.2f', 10)}")
            name = ""
    for c, column in factors.items():
        label = "geomean" if c == next(iter(factors)) else ""
        print(f"{label:35}{c:>12}{'':28}{cell(geomean(column), '.2f', 10, '-')}")
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, metavar="K", help="timed runs of each (default 3)")
    parser.add_argument("--only", default="", metavar="SUBSTR", help="only the programs whose file name has SUBSTR")
    parser.add_argument("--threads", type=int, default=os.cpu_count(), metavar="N", help="scaling's N (default: CPUs)")
    parser.add_argument("--no-build", action="store_true", help="use target/dist/ferropy as it is")
    parser.add_argument("--json", metavar="FILE", help="also write the medians to FILE")
    args = parser.parse_args()
    ferropy = harness.ferropy(build=not args.no_build)
    contenders = {"cpython": [harness.cpython()], "ferropy": [ferropy], "ferropy-gil": [ferropy, "-X", "gil=1"]}
    medians = {
        "threads": args.threads,
        "single": single_thread(contenders, args.only, args.repeats),
        "scaling": scaling(contenders, args.only, args.threads, args.repeats),
    }
    if args.json:
        with open(args.json, "w") as f:
            json.dump(medians, f, indent=1)


if __name__ == "__main__":
    main()
