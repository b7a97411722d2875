"""Module docstring of module_attributes."""
import sys
import math
import mod_util
me = sys.modules[__name__]
print(me.__doc__, me.__name__)
print(math.__name__, type(math).__name__, hasattr(math, "__file__") or "builtin")
print(mod_util.__doc__)
print(mod_util.__file__.endswith("mod_util.py"), mod_util.__spec__.name if mod_util.__spec__ else None)
mod_util.new_attr = "set from outside"
print(mod_util.new_attr, getattr(mod_util, "missing", "no attr"))
try:
    mod_util.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    math.nothing
except AttributeError as e:
    print("AttributeError", e)
print(sorted(k for k in vars(mod_util) if not k.startswith("__")))
del mod_util.new_attr
print(hasattr(mod_util, "new_attr"))
