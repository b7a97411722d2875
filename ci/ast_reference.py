"""Prints what CPython 3.14 gives for `ferropy --dump-ast`, for many files at once.

Run under the reference interpreter (ci/fetch-cpython.sh prints its path):

    python3.14 ci/ast_reference.py OUT_DIR ROOT [ROOT...]
    python3.14 ci/ast_reference.py --beside ROOT [ROOT...]

For every regular .py file below each ROOT it writes OUT_DIR/<ROOT's name>/<path>.out
(with --beside: NAME.out next to NAME.py, as the test corpus keeps them):
the line `print(ast.dump(ast.parse(src, path), include_attributes=True))` prints, or
for a source CPython rejects, `ExcName: msg (lineno:offset)`. A file's first line
is the exit status ferropy must give (0 or 1).
"""

import ast

import reference_runner


def expected(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        tree = ast.parse(source, path)
    except SyntaxError as e:
        return 1, f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})"
    return 0, ast.dump(tree, include_attributes=True)


def expected_text(path):
    status, text = expected(path)
    return f"{status}\n{text}\n"


if __name__ == "__main__":
    reference_runner.run(expected_text, "reference dumps")
