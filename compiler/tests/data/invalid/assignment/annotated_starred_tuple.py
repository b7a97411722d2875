a, *b: int = c
