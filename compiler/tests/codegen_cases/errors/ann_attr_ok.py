a.b: int
