del a, b.c, d[0]
