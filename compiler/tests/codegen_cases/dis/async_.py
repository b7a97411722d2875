async def f(a):
    async with a as b:
        async for c in b:
            await c

async def g():
    yield 1
