t"{x!r abc}"
