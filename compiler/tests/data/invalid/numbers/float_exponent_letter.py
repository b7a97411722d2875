x = 1e5z
