class Yield:
    def __await__(self):
        yield
class Scheduler:
    def __init__(self):
        self.tasks = []
        self.results = {}
    def spawn(self, name, coro):
        self.tasks.append((name, coro))
    def run(self):
        tick = 0
        while self.tasks:
            tick += 1
            name, coro = self.tasks.pop(0)
            try:
                coro.send(None)
                self.tasks.append((name, coro))
            except StopIteration as e:
                self.results[name] = (e.value, tick)
        return self.results
async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return steps * 10
log = []
s = Scheduler()
s.spawn("a", worker("a", 3, log))
s.spawn("b", worker("b", 1, log))
s.spawn("c", worker("c", 2, log))
print(s.run())
print(log)
for name in sorted(s.results):
    value, tick = s.results[name]
    print(f"{name}: value={value} finished at tick {tick}")
log2 = []
s2 = Scheduler()
for i in range(5):
    s2.spawn(f"t{i}", worker(f"t{i}", 5 - i, log2))
res = s2.run()
print(list(res))
print(len(log2), log2[:7])
