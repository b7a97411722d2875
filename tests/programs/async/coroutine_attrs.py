async def f():
    return 1
c = f()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await)
print(hasattr(c, "send"), hasattr(c, "throw"), hasattr(c, "close"), hasattr(c, "__await__"))
try:
    iter(c)
except TypeError as e:
    print("TypeError", e)
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
c.close()
import sys
async def g():
    await h()
class Awaitable:
    def __await__(self):
        return iter([1, 2])
async def h():
    return await Awaitable()
gc = g()
print(gc.send(None), gc.send(None))
try:
    gc.send(None)
except StopIteration as e:
    print("done", e.value)
class BadAwait:
    def __await__(self):
        return 5
async def uses_bad():
    await BadAwait()
try:
    uses_bad().send(None)
except TypeError as e:
    print("TypeError", e)
async def await_int():
    await 5
try:
    await_int().send(None)
except TypeError as e:
    print("TypeError", e)
