class C[T](Base, metaclass=M):
    x: int = 1
    def m(self) -> T:
        self.y = super().m()
        return __class__

type A[U] = list[U]
