def f(a):  # type: (int) -> None
    pass
