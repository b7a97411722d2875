class FatalError(Exception):
    pass
print("start")
try:
    raise FatalError("caught one")
except FatalError as e:
    print("caught", e)
for i in range(3):
    print("step", i)
raise FatalError("this one escapes")
