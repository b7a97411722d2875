class Suspend:
    def __await__(self):
        yield "waiting"
async def guarded():
    try:
        await Suspend()
        return "normal"
    except ValueError as e:
        print("caught in coroutine:", e)
        await Suspend()
        return "recovered"
    finally:
        print("coroutine finally")
c = guarded()
print(c.send(None))
print(c.throw(ValueError("injected")))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
c2 = guarded()
c2.send(None)
try:
    c2.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
c3 = guarded()
c3.send(None)
c3.close()
print("closed")
