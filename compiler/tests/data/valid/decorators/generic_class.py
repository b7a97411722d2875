@d
class A[T]:
    pass
