async def agen(n):
    for i in range(n):
        yield i
async def main():
    a = [x async for x in agen(4)]
    b = [x * y async for x in agen(3) for y in range(2)]
    c = {x: [y async for y in agen(x)] async for x in agen(3)}
    d = [x for x in range(3)]
    return a, b, c, d
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
