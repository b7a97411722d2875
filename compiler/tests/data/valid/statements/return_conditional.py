def f():
    return a if b else c
