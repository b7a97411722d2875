class Config:
    defaults = {"debug": False}
    items = []
    version = 1
    def add(self, x):
        self.items.append(x)
a, b = Config(), Config()
a.add(1)
print(b.items, Config.items)
a.version = 2
print(a.version, b.version, Config.version)
del a.version
print(a.version)
print("version" in Config.__dict__, "add" in Config.__dict__, "version" in vars(a))
Config.new_attr = "dynamic"
print(b.new_attr)
setattr(Config, "other", 5)
print(getattr(b, "other"), Config.other)
def method(self):
    return "added later"
Config.later = method
print(a.later())
print(sorted(k for k in vars(Config) if not k.startswith("__")))
class Outer:
    class Inner:
        value = 10
    ref = Inner.value * 2
print(Outer.Inner.value, Outer.ref, Outer.Inner.__qualname__)
