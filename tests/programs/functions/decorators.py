def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("ret", r)
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__wrapped__(5))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def d1(f):
    print("applying d1")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("applying d2")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register("sq")
def square(x):
    return x * x
@register("neg")
def negate(x):
    return -x
print(sorted(registry), registry["sq"](7), registry["neg"](7))
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@CountCalls
def noop(x):
    return x
noop(1); noop(2)
print(noop.calls)
@(lambda f: f.__name__.upper())
def shout():
    pass
print(shout)
