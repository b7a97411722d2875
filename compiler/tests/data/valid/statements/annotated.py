x: int
y: list[int] = []
