f"{a.b[c]!s}"
