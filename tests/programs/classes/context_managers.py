class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as v:
    print("inside", v)
with Ctx("outer") as o, Ctx("inner") as i:
    print("both", o, i)
with Ctx("swallow", suppress=True):
    raise ValueError("hidden")
print("after swallow")
try:
    with Ctx("propagate"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with (Ctx("p1"), Ctx("p2")):
    print("parenthesized")
def early():
    with Ctx("ret"):
        return "returned"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)
