from mod_util import *
print(double(4), CONSTANT, Counter().inc())
try:
    _helper
except NameError as e:
    print("NameError", e)
try:
    calls
except NameError as e:
    print("NameError", e)
print(sorted(n for n in dir() if not n.startswith("__")))
