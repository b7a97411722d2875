class Yield:
    def __await__(self):
        yield
class Channel:
    def __init__(self):
        self.items = []
        self.closed = False
    async def put(self, x):
        self.items.append(x)
        await Yield()
    async def get(self):
        while not self.items:
            if self.closed:
                return None
            await Yield()
        return self.items.pop(0)
async def producer(ch, n):
    for i in range(n):
        print("put", i)
        await ch.put(i)
    ch.closed = True
    return "producer done"
async def consumer(ch):
    got = []
    while (x := await ch.get()) is not None:
        print("got", x)
        got.append(x)
    return got
def run_all(coros):
    pending = list(coros)
    results = [None] * len(pending)
    live = list(range(len(pending)))
    while live:
        for i in list(live):
            try:
                pending[i].send(None)
            except StopIteration as e:
                results[i] = e.value
                live.remove(i)
    return results
ch = Channel()
print(run_all([producer(ch, 4), consumer(ch)]))
