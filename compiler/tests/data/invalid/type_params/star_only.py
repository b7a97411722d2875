def f[*](): pass
