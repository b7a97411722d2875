# One annotation a line.
def f(*x: 1+2): pass
def f(*x: -1): pass
def f(*x: not x): pass
def f(*x: -1 ** 2): pass
def f(*x: (-1) ** 2): pass
def f(*x: 2 ** -1): pass
def f(*x: a ** b ** c): pass
def f(*x: (a ** b) ** c): pass
def f(*x: a - (b - c)): pass
def f(*x: a - b - c): pass
def f(*x: a * (b + c) / d): pass
def f(*x: lambda: 0): pass
def f(*x: lambda *a: 0): pass
def f(*x: lambda *, x: 0): pass
def f(*x: lambda x, /, y=1, *a, z, w=2, **k: 0): pass
def f(*x: lambda a, /: 0): pass
def f(*x: lambda a=(1, 2), b=lambda: 0: 0): pass
def f(*x: lambda **k: 0): pass
def f(*x: (lambda: 0)()): pass
def f(*x: tuple[*Ts]): pass
def f(*x: *Ts): pass
def f(*x: *tuple[int, ...]): pass
def f(*x: x[a:b, ::c]): pass
def f(*x: x[:]): pass
def f(*x: x[a::]): pass
def f(*x: x[()]): pass
def f(*x: x[1,]): pass
def f(*x: x[(a, b)]): pass
def f(*x: x[(a, b),]): pass
def f(*x: 1 .real): pass
def f(*x: 1.5 .real): pass
def f(*x: True.real): pass
def f(*x: (10**100).real): pass
def f(*x: 100000000000000000000000 .real): pass
def f(*x: 1e400): pass
def f(*x: 1e400j): pass
def f(*x: -1e400): pass
def f(*x: 1j): pass
def f(*x: -0.0): pass
def f(*x: 1.0): pass
def f(*x: 0.1): pass
def f(*x: 1e22): pass
def f(*x: 10**20): pass
def f(*x: 0xff): pass
def f(*x: 'a'): pass
def f(*x: "a'b"): pass
def f(*x: 'a"b'): pass
def f(*x: "'\""): pass
def f(*x: b'\x00\'"'): pass
def f(*x: u'x'): pass
def f(*x: 'a' 'b'): pass
def f(*x: f'{x!r:>{w}} {{}}'): pass
def f(*x: f'{x=}'): pass
def f(*x: f"{'a'}"): pass
def f(*x: f'{ {1} }'): pass
def f(*x: f'{ {1: 2}[1] }'): pass
def f(*x: f'{(lambda: 1)}'): pass
def f(*x: f'{a if b else c}'): pass
def f(*x: f'{(a, b)}'): pass
def f(*x: f"{x:{y!r}}"): pass
def f(*x: f'\n{x}\t'): pass
def f(*x: f'{x!s}{y!a}'): pass
def f(*x: f"{'\''}"): pass
def f(*x: f'{f"{x}"}'): pass
def f(*x: f'a' 'b' f'{c}'): pass
def f(*x: t'{x!r:>{w}} {y}'): pass
def f(*x: t'{ {1} }'): pass
def f(*x: t'{x = }'): pass
def f(*x: t'a{b}c'): pass
def f(*x: a if b else c): pass
def f(*x: (a if b else c) if d else e): pass
def f(*x: a if (b if c else d) else e): pass
def f(*x: (lambda: 0) if a else lambda: 1): pass
def f(*x: a and b or c): pass
def f(*x: a and (b or c)): pass
def f(*x: (a or b) and c): pass
def f(*x: not (a and b)): pass
def f(*x: not a == b): pass
def f(*x: (not a) == b): pass
def f(*x: a < b < c): pass
def f(*x: (a < b) < c): pass
def f(*x: a is not b): pass
def f(*x: a not in b): pass
def f(*x: {}): pass
def f(*x: {1: 2, **a}): pass
def f(*x: {**(a | b)}): pass
def f(*x: {1, 2}): pass
def f(*x: set()): pass
def f(*x: {*()}): pass
def f(*x: {*a, *(b or c)}): pass
def f(*x: [x for x in y if z if w for a in b]): pass
def f(*x: (x for x in y)): pass
def f(*x: f(x for x in y)): pass
def f(*x: f((x for x in y), 1)): pass
def f(*x: [x for x, y in z]): pass
def f(*x: [x for x in (lambda: y)]): pass
def f(*x: [x for x in (a if b else c) if (d if e else f)]): pass
def f(*x: {k: v for k, v in d}): pass
def f(*x: {x for x in (a, b)}): pass
def f(*x: f(a, *b, c=1, **d)): pass
def f(*x: f(*(a or b), **(c or d))): pass
def f(*x: f(a)(b)[c].d): pass
def f(*x: ...): pass
def f(*x: None): pass
def f(*x: True): pass
def f(*x: a.b.c): pass
def f(*x: (a + b).c): pass
def f(*x: (a, b)): pass
def f(*x: ()): pass
def f(*x: (a,)): pass
def f(*x: ((a, b), c)): pass
def f(*x: [*a, *b]): pass
def f(*x: [(a, b)]): pass
def f(*x: ~x): pass
def f(*x: +x): pass
def f(*x: -(-x)): pass
def f(*x: --x): pass
def f(*x: not not x): pass
def f(*x: -x ** 2): pass
def f(*x: (-x) ** 2): pass
def f(*x: x[-1]): pass
def f(*x: x[a, *b]): pass
def f(*x: a | b & c ^ d): pass
def f(*x: (a | b) & c): pass
def f(*x: a << b >> c): pass
def f(*x: a @ b): pass
def f(*x: a // b % c): pass
def f(*x: Literal['a', "b"]): pass
def f(*x: Callable[..., int]): pass
def f(*x: Callable[[int, str], None]): pass
def f(*x: '\ud800'): pass
def f(*x: 'ü€😀'): pass
def f(*x: '\x7f\x80\xa0\xad\u2028'): pass
def f(*x: int | None): pass
def f(*x: "List[int]"): pass
def f(*x: (
  int
  |
  str
)): pass
