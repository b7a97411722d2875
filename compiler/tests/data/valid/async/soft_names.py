async def f():
    await asyncio.sleep(0)
