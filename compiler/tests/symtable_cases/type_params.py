class Box[T: int, *Ts, **P = (int,)]:
    __x: T
    def get[U = T](self, u: U) -> T:
        return self.__x

def pair[A, B: (int, str)](a: A, b: B = None, *, c: int = 0) -> tuple[A, B]:
    return a, b

type Alias[K] = dict[K, Box]

class Outer:
    type Inner = list[Outer]
    def generic[V](self) -> V: ...
    class __Private[__Q]:
        def m(self, __z: __Q): return __z
