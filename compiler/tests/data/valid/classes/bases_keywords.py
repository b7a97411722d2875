class A(B, C, metaclass=M, **kw):
    x = 1
