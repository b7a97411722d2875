def f():
    [i for i in range(3) if (j := 0) for j in range(3)]
