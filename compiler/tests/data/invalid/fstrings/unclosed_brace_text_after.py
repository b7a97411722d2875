f"{x abc"
