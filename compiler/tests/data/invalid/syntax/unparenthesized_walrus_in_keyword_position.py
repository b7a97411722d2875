f(a, b := 1 for b in c)
