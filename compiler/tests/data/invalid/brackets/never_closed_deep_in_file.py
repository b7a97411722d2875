def f():
    return g(
        a,
        b

def h():
    pass
