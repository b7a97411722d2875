def f[T: ](): pass
