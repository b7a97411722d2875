t"{x!s:
