def f(n):
    def g():
        nonlocal n
        n += 1
        return n
    return g
