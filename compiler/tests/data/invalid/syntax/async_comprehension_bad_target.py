[x async for f() in y]
