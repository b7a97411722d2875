def f(a: int, b: str = "", *args: int, c: bool, **kwargs: float) -> None:
    pass
