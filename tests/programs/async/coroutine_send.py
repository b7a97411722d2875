class Yield:
    def __await__(self):
        value = yield "suspended"
        return value
async def add(a, b):
    x = await Yield()
    print("resumed with", x)
    return a + b + (x or 0)
c = add(1, 2)
print(type(c).__name__)
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("result", e.value)
async def no_await():
    return "immediate"
c2 = no_await()
try:
    c2.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
c3 = add(0, 0)
try:
    c3.send(5)
except TypeError as e:
    print("TypeError", e)
c3.close()
