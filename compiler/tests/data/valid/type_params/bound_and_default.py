def f[T: int = bool](): pass
