class A[**]: pass
