class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ("request", self.v)
        return got
async def compute():
    a = await Value(1)
    b = await Value(a + 1)
    c = await Value(a + b)
    return [a, b, c]
def drive(c, respond):
    msg = c.send(None)
    while True:
        print("driver received", msg)
        try:
            msg = c.send(respond(msg))
        except StopIteration as e:
            return e.value
print(drive(compute(), lambda m: m[1] * 10))
async def fib_async(n):
    if n < 2:
        return n
    return await fib_async(n - 1) + await fib_async(n - 2)
c = fib_async(20)
try:
    c.send(None)
except StopIteration as e:
    print("fib", e.value)
