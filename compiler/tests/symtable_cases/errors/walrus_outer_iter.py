def f():
    [[(z := i) for i in range(3)] for z in range(3)]
