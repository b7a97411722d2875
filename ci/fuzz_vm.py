"""Mutation fuzzing of the interpreter: runs mutated corpus programs
(tests/programs) under ferropy and reports any run that panics or dies of a
signal. A Python exception, a syntax error or a timeout (a mutation may loop
forever) is a normal outcome; a Rust panic or a crash is a bug.

    python3 ci/fuzz_vm.py [--seconds N] [--seed N] [--binary PATH] [--crashes DIR]

Exits 1 if any failure was found; the first input of each distinct failure
is saved in the crashes folder (default target/fuzz-vm-crashes)."""

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Snippets spliced into programs: values of odd types and sizes, and
# statements that disturb state.
VALUES = [
    "None", "0", "-1", "10**30", "1.5", "float('nan')", "''", "'x'*3", "b'ab'",
    "()", "[]", "{}", "set()", "object()", "len", "type", "range(3)", "...",
    "[[]]*3", "(1,)", "{1: 2}", "1j", "True", "NotImplemented", "slice(1)",
    "iter([1])", "(x for x in [1])", "lambda *a, **k: a", "Exception('e')",
]
STATEMENTS = [
    "del x", "x = None", "raise ValueError", "return", "yield 1", "break", "continue",
    "global x", "import sys", "sys.setrecursionlimit(50)", "x = [x] if 'x' in dir() else 1",
    "try:\n    pass\nfinally:\n    pass", "assert False", "pass",
]
IDENT = re.compile(r"\b[A-Za-z_][A-Za-z_0-9]*\b")
NUMBER = re.compile(r"\b\d+\b")


def programs():
    base = ROOT / "tests" / "programs"
    return sorted(
        p for p in base.rglob("*.py")
        if not p.name.startswith("mod_") and not any(part.startswith("pkg_") for part in p.parts)
    )


def mutate(text, rng):
    lines = text.splitlines()
    for _ in range(rng.randint(1, 3)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        line = lines[i]
        indent = line[: len(line) - len(line.lstrip())]
        choice = rng.randrange(6)
        if choice == 0:
            lines.insert(i, indent + rng.choice(STATEMENTS).replace("\n", "\n" + indent))
        elif choice == 1:
            del lines[i]
        elif choice == 2 and NUMBER.search(line):
            lines[i] = NUMBER.sub(lambda m: rng.choice(VALUES) if rng.random() < 0.5 else m.group(), line)
        elif choice == 3 and IDENT.search(line):
            names = IDENT.findall(line)
            old = rng.choice(names)
            lines[i] = line.replace(old, rng.choice(VALUES), 1)
        elif choice == 4:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(i, lines[rng.randrange(len(lines))])
    return "\n".join(lines) + "\n"


def classify(proc):
    """A failure signature, or None for a normal outcome."""
    if proc.returncode < 0 and proc.returncode != -signal.SIGKILL:
        return f"signal {-proc.returncode}"
    if b"panicked at" in proc.stderr:
        m = re.search(rb"panicked at ([^\n]*)", proc.stderr)
        return "panic " + (m.group(1).decode(errors="replace") if m else "")
    if proc.returncode == 70:
        return "internal error"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--binary", default=str(ROOT / "target" / "release" / "ferropy"))
    ap.add_argument("--crashes", default=str(ROOT / "target" / "fuzz-vm-crashes"))
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    sources = [(p, p.read_text()) for p in programs()]
    crashes = Path(args.crashes)
    seen = {}
    runs = 0
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        path, text = rng.choice(sources)
        mutated = mutate(text, rng)
        target = path.parent / f".fuzz_{os.getpid()}.py"
        target.write_text(mutated)
        mode = ["-X", "gil=1"] if rng.random() < 0.3 else []
        try:
            proc = subprocess.run(
                [args.binary, *mode, target.name], cwd=path.parent, capture_output=True,
                timeout=5, stdin=subprocess.DEVNULL,
            )
            failure = classify(proc)
        except subprocess.TimeoutExpired:
            failure = None
        finally:
            target.unlink(missing_ok=True)
        runs += 1
        if failure and failure not in seen:
            crashes.mkdir(parents=True, exist_ok=True)
            saved = crashes / f"crash_{len(seen)}.py"
            saved.write_text(mutated)
            seen[failure] = saved
            print(f"FAILURE {failure}: {saved} (from {path.relative_to(ROOT)})", flush=True)
    print(f"seed {seed}: {runs} programs run, {len(seen)} distinct failures")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
