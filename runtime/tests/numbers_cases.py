"""Records CPython's results for the expressions in numbers_cases.txt (the
left side of each `expr => expected` line; the right side is rewritten).
Run with the reference interpreter:
    python3.14 -W ignore runtime/tests/numbers_cases.py
"""

import pathlib


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


def show(expr):
    try:
        return repr(eval(expr))
    except Exception as e:
        return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


path = pathlib.Path(__file__).with_name("numbers_cases.txt")
out = []
for line in path.read_text().splitlines():
    if not line.strip() or line.startswith("#"):
        out.append(line)
        continue
    expr = line.split(" => ")[0]
    out.append(f"{expr} => {show(expr)}")
path.write_text("\n".join(out) + "\n")
