f(a for a in b if a, c)
