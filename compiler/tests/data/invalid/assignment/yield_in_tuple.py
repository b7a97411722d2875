def g():
    a, (yield) = 1, 2
