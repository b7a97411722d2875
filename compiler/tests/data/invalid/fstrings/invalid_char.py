f"{a $ b}"
