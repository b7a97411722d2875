# Every place an annotation can be, at various nesting depths.
from typing import Any

x: 'int' = 1
y: (int)


def f(a: A, /, b: B = 1, *c: C, d: D, e: E = 2, **g: G) -> R[int,]:
    local: L = 0

    def inner(h: (H)) -> (None): ...


async def g(a: list[int]) -> dict[str, 'Any']:
    async with m:
        v: V


class C:
    attr: ClassVar[int]
    other: 'Other' = None

    def method(self, x: Self) -> Self:
        return self

    class Nested:
        deep: Deep[
            int,
            str,
        ]


if cond:
    a1: A1
else:
    a2: A2
for i in it:
    b1: B1
else:
    b2: B2
while w:
    c1: C1
try:
    d1: D1
except E:
    d2: D2
else:
    d3: D3
finally:
    d4: D4
try:
    e1: E1
except* E:
    e2: E2
with ctx:
    f1: F1
match s:
    case 1:
        g1: G1
obj.attr: T1
obj[0]: T2
(paren): T3
