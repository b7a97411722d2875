x = 1 b
