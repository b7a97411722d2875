class A[*Ts, **P]:
    pass
