f(a, b=1, *args, c=2, **kw)
