class Tick:
    def __await__(self):
        yield "tick"
log = []
async def cleanup(name):
    log.append(f"cleanup {name} start")
    await Tick()
    log.append(f"cleanup {name} end")
async def task():
    try:
        log.append("work")
        await Tick()
        raise ValueError("work failed")
    finally:
        await cleanup("task")
c = task()
print(c.send(None))
print(c.send(None))
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
print(log)
async def cancelled():
    try:
        await Tick()
    finally:
        log.append("cancelled cleanup")
c2 = cancelled()
c2.send(None)
c2.close()
print(log[-1])
