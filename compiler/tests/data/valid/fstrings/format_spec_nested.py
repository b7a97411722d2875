f"{x:{width}.{precision}f}"
