type A[T] int
