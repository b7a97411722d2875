(a b, c)
