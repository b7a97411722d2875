# Calls the eval loop makes as plain calls (a Python function given exactly
# its positional parameters) next to the ones it does not, at and past the
# recursion limit, and the depth left right after each RecursionError.
import sys


def plain(n):
    return plain(n + 1)


def with_default(n, step=1):
    return with_default(n + step)


def with_kw(n):
    return with_kw(n=n + 1)


class Walker:
    def walk(self, n):
        return self.walk(n + 1)


def depth_reached(f):
    try:
        f(0)
    except RecursionError as e:
        return str(e)


sys.setrecursionlimit(200)
for f in (plain, with_default, with_kw, Walker().walk):
    print(depth_reached(f), depth_reached(f))


def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n


first = count(0)
print(first > 150, all(count(0) == first for _ in range(5)))
sys.setrecursionlimit(1000)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20), [fib(i) for i in range(12)])


def three(a, b, c):
    return a * 100 + b * 10 + c


print(three(1, 2, 3), three(*(4, 5, 6)), three(7, c=9, b=8))
for args in ((1, 2), (1, 2, 3, 4)):
    try:
        three(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    three(1, 2)
except TypeError as e:
    print("TypeError:", e)


def cells(a, b):
    def inner():
        return a + b

    return inner()


print(cells(2, 3), cells("x", "y"))


def gen(a, b):
    yield a
    yield b


print(list(gen(1, 2)), sum(gen(3, 4)))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


class Bad:
    def __init__(self, v):
        return v


p = Point(1, 2).moved(3).moved(4)
print(p.x, p.y)
try:
    Bad(5)
except TypeError as e:
    print("TypeError:", e)
print(Bad(None).__class__.__name__)
step = Point(0, 0).moved
print(step(5).x, (lambda q: q * 2)(21))


def drop_on_error(x):
    return drop_on_error([x])


sys.setrecursionlimit(50)
try:
    drop_on_error(0)
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(1000)
print(fib(15))
print("end")


# Returning a local moves it out of the finished frame.
def returns_local(n):
    items = [n] * n
    return items


def returns_in_finally(n):
    value = n * 2
    try:
        return value
    finally:
        value = -1


def returns_from_gen(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total


def unbound_return(flag):
    if flag:
        result = "set"
    return result


shared = returns_local(3)
print(shared, returns_local(3) is shared, returns_local(2), returns_in_finally(21))
g2 = returns_from_gen(4)
print(list(g2))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration", e.value)
it = returns_from_gen(3)
try:
    while True:
        next(it)
except StopIteration as e:
    print("returned", e.value)
print(unbound_return(True))
try:
    unbound_return(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
