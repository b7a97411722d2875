class A:
    type T = int
