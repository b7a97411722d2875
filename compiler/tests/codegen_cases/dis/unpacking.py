def f(s):
    a, *b, c = s
    (d, e), f = s
    return a, b, c, d, e, f
