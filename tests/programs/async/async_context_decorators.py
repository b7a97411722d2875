class Yield:
    def __await__(self):
        yield
def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
def logged(fn):
    async def wrapper(*a):
        print("before", fn.__name__, a)
        r = await fn(*a)
        print("after", fn.__name__, r)
        return r
    return wrapper
@logged
async def double(x):
    await Yield()
    return x * 2
@logged
async def quad(x):
    return await double(await double(x))
print(drive(quad(3)))
class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        while self.held:
            await Yield()
        self.held = True
    async def __aexit__(self, *a):
        self.held = False
lock = Lock()
order = []
async def critical(name):
    async with lock:
        order.append(name + " in")
        await Yield()
        order.append(name + " out")
tasks = [critical("a"), critical("b"), critical("c")]
while tasks:
    t = tasks.pop(0)
    try:
        t.send(None)
        tasks.append(t)
    except StopIteration:
        pass
print(order)
