async def f():
    return await a ** await b
