class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
    print("agen exhausted")
def drive(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value
ag = agen(3)
print(type(ag).__name__)
results = []
while True:
    try:
        results.append(drive(ag.__anext__()))
    except StopAsyncIteration:
        break
print(results)
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(drive(consume()))
async def comp():
    return [v async for v in agen(3) if v]
print(drive(comp()))
