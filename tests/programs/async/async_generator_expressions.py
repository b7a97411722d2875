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
