class Tick:
    def __await__(self):
        yield
class ARange:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await Tick()
        self.i += 1
        return self.i
def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
async def main():
    total = 0
    async for x in ARange(5):
        total += x
        print("x", x)
    else:
        print("async for else")
    pairs = [(a, b) async for a in ARange(2) for b in "xy"]
    evens = {x async for x in ARange(6) if x % 2 == 0}
    mapping = {x: x * x async for x in ARange(3)}
    return total, pairs, sorted(evens), mapping
print(drive(main()))
