f"{x;y}"
