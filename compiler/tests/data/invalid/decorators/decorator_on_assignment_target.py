@d
x: int = 1
