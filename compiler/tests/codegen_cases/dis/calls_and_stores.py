def f(x, y):
    x.attr[y] = g(x, *y, k=1)
    return x.m(y, z=2)
