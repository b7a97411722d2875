f"{a € b}"
