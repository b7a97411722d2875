class Tick:
    def __await__(self):
        yield
class AsyncCtx:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("aenter", self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        await Tick()
        return et is KeyError
def drive(c):
    n = 0
    while True:
        try:
            c.send(None)
            n += 1
        except StopIteration as e:
            return e.value, n
async def main():
    async with AsyncCtx("a") as a, AsyncCtx("b") as b:
        print("body", a, b)
    async with AsyncCtx("suppress"):
        raise KeyError("swallowed")
    try:
        async with AsyncCtx("raise"):
            raise ValueError("kept")
    except ValueError as e:
        print("caught", e)
    return "main done"
print(drive(main()))
