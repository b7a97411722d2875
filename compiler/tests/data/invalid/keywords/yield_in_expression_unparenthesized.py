x = 1 + yield 2
