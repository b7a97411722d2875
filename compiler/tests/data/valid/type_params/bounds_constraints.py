def f[T: int, U: (int, str)](): pass
