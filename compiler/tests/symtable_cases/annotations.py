import os
x: int = 1
if os.name:
    y: str
try:
    z: "fwd" = 2
except ImportError:
    pass

class K:
    a: int
    if x:
        b: list[K] = []
    def f(self, p: K) -> None:
        local: K = p

def g():
    q: undefined_name = 1
    return q
