async def f():
    return -await x
