f"{x!s:{y!r}}"
