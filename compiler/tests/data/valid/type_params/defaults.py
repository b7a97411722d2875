class A[T = int, *Ts = *tuple[int], **P = [int, str]]:
    pass
