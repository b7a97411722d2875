import sys
import mod_state
print(mod_state.add("x"), mod_state.items)
del sys.modules["mod_state"]
import mod_state as fresh
print(fresh is mod_state, fresh.items, mod_state.items)
class Fake:
    value = "fake module object"
sys.modules["mod_fake_injected"] = Fake
import mod_fake_injected
print(mod_fake_injected.value)
sys.modules["mod_none"] = None
try:
    import mod_none
except ImportError as e:
    print("ImportError", e)
