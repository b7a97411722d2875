async def f():
    return await x ** 2
