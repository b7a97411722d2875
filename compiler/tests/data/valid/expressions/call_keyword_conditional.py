f(a=b if c else d, e=lambda: 0)
