def f(m):
    with m as a, m:
        return a
