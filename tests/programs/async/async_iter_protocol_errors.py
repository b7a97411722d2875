def drive(c):
    while True:
        try:
            c.send(None)
        except StopIteration as e:
            return e.value
class NoAiter:
    pass
async def bad_for():
    async for x in NoAiter():
        pass
try:
    drive(bad_for())
except TypeError as e:
    print("TypeError", e)
class NoAenter:
    pass
async def bad_with():
    async with NoAenter():
        pass
try:
    drive(bad_with())
except TypeError as e:
    print("TypeError", e)
class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
async def wrong_with():
    async with SyncOnly():
        pass
try:
    drive(wrong_with())
except TypeError as e:
    print("TypeError", e)
async def wrong_for():
    async for x in [1, 2]:
        pass
try:
    drive(wrong_for())
except TypeError as e:
    print("TypeError", e)
