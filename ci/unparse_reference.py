"""Prints the annotation strings of `from __future__ import annotations` in the
text form compiler/tests/unparse_lib.rs compares.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/unparse_reference.py OUT_DIR ROOT [ROOT...]
    python3.14 ci/unparse_reference.py --beside ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out
(with --beside: NAME.out next to NAME.py, as compiler/tests/unparse_cases keeps them):
`error` if the file does not compile with the annotations future, else one line
`<lineno>:<col_offset> <text>` per annotation (of a parameter, a return or an
annotated assignment), in source order, where <text> is the string CPython's
compiler makes of it (Python/ast_unparse.c, not Lib/ast.py's `ast.unparse`).
The texts come from compiling, with the future flag, a module that gives each
annotation node to a function's `*args` and reading `__annotations__`.
"""

import __future__
import ast

import reference_runner

FLAGS = __future__.annotations.compiler_flag


def annotations(tree):
    """The annotation nodes of `tree`, in source order."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            a = node.args
            params = a.posonlyargs + a.args + [a.vararg] + a.kwonlyargs + [a.kwarg]
            found += [p.annotation for p in params if p and p.annotation]
            if node.returns:
                found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
    return sorted(found, key=lambda n: (n.lineno, n.col_offset))


def texts(nodes):
    """CPython's compiler's strings for annotation nodes."""
    body = [
        ast.FunctionDef(
            name=f"f{i}",
            args=ast.arguments(vararg=ast.arg("a", annotation=node)),
            body=[ast.Pass()],
        )
        for i, node in enumerate(nodes)
    ]
    module = ast.fix_missing_locations(ast.Module(body=body, type_ignores=[]))
    namespace = {}
    exec(compile(module, "<annotations>", "exec", flags=FLAGS, dont_inherit=True), namespace)
    return [namespace[f"f{i}"].__annotations__["a"] for i in range(len(nodes))]


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec", flags=FLAGS, dont_inherit=True)
    except SyntaxError:
        return "error\n"
    nodes = annotations(ast.parse(source))
    return "".join(
        f"{n.lineno}:{n.col_offset} {text}\n" for n, text in zip(nodes, texts(nodes))
    )


if __name__ == "__main__":
    reference_runner.run(expected, "reference annotation texts")
