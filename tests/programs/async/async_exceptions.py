class Yield:
    def __await__(self):
        yield
async def fails(n):
    await Yield()
    if n:
        raise ValueError(f"fail {n}")
    return "ok"
async def handler():
    results = []
    for n in [0, 1, 2]:
        try:
            results.append(await fails(n))
        except ValueError as e:
            results.append(str(e))
    return results
def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
print(drive(handler()))
async def group():
    errors = []
    for n in [1, 2]:
        try:
            await fails(n)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("async failures", errors)
try:
    drive(group())
except* ValueError as eg:
    print([str(e) for e in eg.exceptions])
async def chained():
    try:
        await fails(3)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    drive(chained())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
