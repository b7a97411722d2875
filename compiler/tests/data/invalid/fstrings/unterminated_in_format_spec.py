f"{x!s:
