class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
print(bool(Flag(True)), not Flag(False))
if Flag(True):
    print("truthy branch")
print(Flag(False) or "fallback")
print([x.v for x in [Flag(True), Flag(False)] if x])
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class Empty:
    pass
print(bool(Empty()))
