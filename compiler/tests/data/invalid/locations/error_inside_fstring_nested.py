f"{a:{b c}}"
