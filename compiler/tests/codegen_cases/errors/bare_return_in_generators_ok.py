def f():
    yield 1
    return
async def g():
    yield 1
    return
