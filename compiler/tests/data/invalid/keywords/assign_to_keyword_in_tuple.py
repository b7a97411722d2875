a, for = 1, 2
