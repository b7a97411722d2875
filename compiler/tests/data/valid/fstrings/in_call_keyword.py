print(f"{x!r}", end=f"{y}")
