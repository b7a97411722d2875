//! Benchmark harness comparing ferropy with CPython 3.14 in one run.
