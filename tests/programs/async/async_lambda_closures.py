class Yield:
    def __await__(self):
        return (yield "y")
def drive(c):
    steps = []
    try:
        v = c.send(None)
        while True:
            steps.append(v)
            v = c.send(len(steps))
    except StopIteration as e:
        return e.value, steps
def make_multiplier(k):
    async def mul(x):
        got = await Yield()
        return x * k + got
    return mul
m3 = make_multiplier(3)
print(drive(m3(5)))
class Service:
    def __init__(self):
        self.calls = 0
    async def call(self, x):
        self.calls += 1
        await Yield()
        await Yield()
        return x + self.calls
    @staticmethod
    async def static():
        return "static"
    @classmethod
    async def cm(cls):
        return cls.__name__
s = Service()
print(drive(s.call(10)), drive(s.call(10)), drive(Service.static()), drive(Service.cm()))
adders = [make_multiplier(k) for k in range(4)]
for k, f in enumerate(adders):
    print(k, drive(f(10)))
async def outer():
    count = 0
    async def bump():
        nonlocal count
        count += await Yield()
        return count
    results = [await bump() for _ in range(3)]
    return results, count
print(drive(outer()))
