class Yield:
    def __await__(self):
        yield
def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def resource_gen():
    print("open")
    try:
        for i in range(5):
            await Yield()
            yield i
    finally:
        print("close")
async def take(n):
    out = []
    g = resource_gen()
    async for x in g:
        out.append(x)
        if len(out) == n:
            break
    await g.aclose()
    return out
print(drive(take(2)))
print(drive(take(10)))
async def gen_with_return():
    yield 1
    return
g = gen_with_return()
print(drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
print(type(g.__anext__()).__name__ if False else type(g).__name__)
