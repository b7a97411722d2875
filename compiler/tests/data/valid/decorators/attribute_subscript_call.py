@a.b[c](d)
def f():
    pass
