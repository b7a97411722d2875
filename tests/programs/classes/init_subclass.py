class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="bee"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError", e)
class Base:
    def __init_subclass__(cls):
        cls.depth = getattr(cls, "depth", -1) + 1
class L1(Base): pass
class L2(L1): pass
class L3(L2): pass
print(L1.depth, L2.depth, L3.depth)
