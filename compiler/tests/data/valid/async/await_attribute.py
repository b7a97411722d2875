async def f():
    await a.b(c)[d]
