lambda[T]: 0
