"""Prints CPython 3.14's symbol tables in the text form compiler/tests/symtable_lib.rs compares.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/symtable_reference.py OUT_DIR ROOT [ROOT...]
    python3.14 ci/symtable_reference.py --beside ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out
(with --beside: NAME.out next to NAME.py, as compiler/tests/data/symtable keeps them):
the tree of `symtable.symtable(source_bytes, path, 'exec')`, one scope a line,

    <type> <name> line=<lineno> optimized=<0|1> nested=<0|1> varnames=<a,b,...>

followed by its symbols sorted by name (CPython adds some in set order), each
`  <name> <SCOPE> <FLAG|FLAG...>` with the raw `_symtable` flags, then its
children in order, indented two more spaces. A source that `ast.parse` or the
symbol table rejects gives the line `ExcName: msg (lineno:offset)`.
"""

import _symtable
import symtable

import reference_runner

SCOPES = {
    _symtable.LOCAL: "LOCAL",
    _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
    _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT",
    _symtable.FREE: "FREE",
    _symtable.CELL: "CELL",
}
FLAGS = [
    "USE", "DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "DEF_FREE_CLASS",
    "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL",
]


def dump(table, indent, out):
    raw = table._table
    pad = " " * indent
    out.append(
        f"{pad}{table.get_type().value} {table.get_name()} line={table.get_lineno()}"
        f" optimized={int(table.is_optimized())} nested={int(table.is_nested())}"
        f" varnames={','.join(raw.varnames)}"
    )
    for name in sorted(raw.symbols):
        value = raw.symbols[name]
        scope = (value >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        flags = "|".join(f for f in FLAGS if value & getattr(_symtable, f))
        out.append(f"{pad}  {name} {SCOPES.get(scope, scope)} {flags}")
    for child in table.get_children():
        dump(child, indent + 2, out)


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        top = symtable.symtable(source, path, "exec")
    except SyntaxError as e:
        return f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})"
    out = []
    dump(top, 0, out)
    return "\n".join(out)


def expected_text(path):
    return expected(path) + "\n"


if __name__ == "__main__":
    reference_runner.run(expected_text, "reference symbol tables")
