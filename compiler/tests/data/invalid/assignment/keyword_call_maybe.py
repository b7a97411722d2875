f(a, b) = c
