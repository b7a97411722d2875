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
async def squares_of(n):
    async for v in agen(n):
        yield v * v
async def more():
    lines = []
    lines.append([s async for s in squares_of(5)])
    lines.append(sorted({s % 3 async for s in squares_of(10)}))
    lines.append({s: s + 1 async for s in squares_of(3) if s})
    lines.append([[i async for i in agen(j)] for j in range(4)])
    lines.append(sum([x async for x in agen(101)]))
    total = 0
    async for v in agen(5):
        total += v
        lines.append(f"running total {total}")
    return lines
c = more()
try:
    c.send(None)
except StopIteration as e:
    for line in e.value:
        print(line)
