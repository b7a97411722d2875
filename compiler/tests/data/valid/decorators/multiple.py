@a
@b.c
@d(1)
class C:
    pass
