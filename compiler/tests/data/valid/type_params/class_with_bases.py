class A[T](B[T], metaclass=M):
    pass
