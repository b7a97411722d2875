"""CPython's side of the parse benchmark: what `ferropy --parse-only FILE...`
does. Reads and parses each file, prints the error line of each one rejected,
exits 1 if any was."""

import ast
import sys
import warnings

warnings.simplefilter("ignore")
status = 0
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        source = f.read()
    try:
        ast.parse(source, path)
    except SyntaxError as e:
        print(f"{type(e).__name__}: {e.msg} ({e.lineno}:{e.offset})")
        status = 1
sys.exit(status)
