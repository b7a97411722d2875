class Tick:
    def __await__(self):
        yield
async def numbers(n):
    for i in range(n):
        await Tick()
        yield i
def drive(c):
    steps = 0
    while True:
        try:
            c.send(None)
            steps += 1
        except StopIteration as e:
            return e.value, steps
async def main():
    agen = (x * 10 async for x in numbers(4))
    print(type(agen).__name__)
    out = []
    async for v in agen:
        out.append(v)
    gen_of_awaits = [await f for f in [double(1), double(2)]]
    return out, gen_of_awaits
async def double(x):
    await Tick()
    return x * 2
print(drive(main()))
async def pairs():
    evens = (x async for x in numbers(10) if x % 2 == 0)
    result = []
    async for e in evens:
        result.append((e, e * e))
    return result
value, steps = drive(pairs())
for pair in value:
    print(pair)
print("steps", steps)
async def nested_agen():
    outer = (y async for y in (x + 1 async for x in numbers(3)))
    return [v async for v in outer]
print(drive(nested_agen()))
