async def f():
    await x
    [await y for y in z]
