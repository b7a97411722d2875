"""Prints whether CPython 3.14 compiles each Lib file, for compiler/tests/codegen_lib.rs.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/compile_reference.py OUT_DIR ROOT [ROOT...]
    python3.14 ci/compile_reference.py --beside ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out
(with --beside: NAME.out next to NAME.py): `ok` when
`compile(source_bytes, path, 'exec')` succeeds (warnings ignored), else the
line `ExcName: msg (lineno:offset)` of the error it raises.
"""


import reference_runner


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


def expected_text(path):
    return expected(path) + "\n"


if __name__ == "__main__":
    reference_runner.run(expected_text, "reference compile results")
