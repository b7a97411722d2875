async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
            except ValueError as e:
                received = f"error {e}"
    finally:
        print("echo finalizing")
def drive(aw):
    while True:
        try:
            aw.send(None)
        except StopIteration as e:
            return e.value
g = echo()
print(drive(g.asend(None)))
print(drive(g.asend("hello")))
print(drive(g.athrow(ValueError("boom"))))
print(drive(g.asend("again")))
drive(g.aclose())
print("closed")
try:
    drive(g.asend("after close"))
except StopAsyncIteration:
    print("StopAsyncIteration after close")
async def ret_gen():
    yield 1
a = ret_gen()
print(drive(a.__anext__()))
try:
    drive(a.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
