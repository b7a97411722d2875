from __future__ import annotations

x: int = 1

class C:
    a: C
    def f(self, p: C) -> C:
        v: int = 0
        return p
