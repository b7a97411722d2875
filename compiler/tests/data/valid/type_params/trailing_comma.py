type A[
    T,
    U,
] = dict[T, U]
