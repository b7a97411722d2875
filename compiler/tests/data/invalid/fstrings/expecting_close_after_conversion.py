f"{x!r abc}"
