async def f():
    await x
    return await y()
