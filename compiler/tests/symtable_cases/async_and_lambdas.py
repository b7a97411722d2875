async def agen(xs):
    async for x in xs:
        yield x
    [y async for y in xs]
    await xs
    async with xs as cm:
        pass
    return lambda q=xs, *a, k=1, **kw: (q, a, k, kw, cm)

def gen():
    x = yield
    yield from x
