# Annotations kept as strings: CPython's unparsed text, not the source's.
from __future__ import annotations

x: (int) = 1
y: Dict[str,int]


def f(a: "A", *b: *Ts, c: list[ int ]=None) -> (None): ...


class C:
    attr: 1e400 | -(1)
