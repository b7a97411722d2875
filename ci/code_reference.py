"""Prints the code objects CPython 3.14 compiles each Lib file to, in the form
compiler/tests/codegen_code.rs compares.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/code_reference.py OUT_DIR ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out:
one line per code object of `compile(source_bytes, path, 'exec')` (the module's
and every nested one), sorted,

    <first line> <qualname> args=<argcount>/<posonly>/<kwonly> flags=<hex>
        cells=<a,b> free=<a,b> lines=<l1,l2,...>

(on one line) where flags keeps CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS,
CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR,
CO_HAS_DOCSTRING and CO_METHOD, cells and free names are sorted, and lines
are the sorted distinct lines of its instructions. A source CPython rejects
gives its error line as ci/compile_reference.py prints it.
"""

import types

import reference_runner

FLAGS = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200 | 0x4000000 | 0x8000000


def walk(code, out):
    lines = sorted({line for _, _, line in code.co_lines() if line is not None})
    out.append(
        f"{code.co_firstlineno} {code.co_qualname} args={code.co_argcount}/"
        f"{code.co_posonlyargcount}/{code.co_kwonlyargcount} flags={code.co_flags & FLAGS:#x} "
        f"cells={','.join(sorted(code.co_cellvars))} free={','.join(sorted(code.co_freevars))} "
        f"lines={','.join(map(str, lines))}"
    )
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            walk(const, out)


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec")
    except (SyntaxError, ValueError, MemoryError) as e:
        if isinstance(e, SyntaxError):
            return f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})"
        return f"{type(e).__name__}: {e}"
    out = []
    walk(code, out)
    return "\n".join(sorted(out))


def expected_text(path):
    return expected(path) + "\n"


if __name__ == "__main__":
    reference_runner.run(expected_text, "reference code object dumps")
