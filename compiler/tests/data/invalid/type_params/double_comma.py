def f[T,,](): pass
