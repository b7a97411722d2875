class A(Generic[T], Base(1)):
    pass
