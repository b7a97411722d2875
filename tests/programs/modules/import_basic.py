import mod_util
print(mod_util.CONSTANT, mod_util.double(21), mod_util.calls)
print(mod_util.__name__, type(mod_util).__name__)
import mod_util
import mod_util as mu
print(mu is mod_util, mu.double(5), mod_util.calls)
from mod_util import double, Counter
c = Counter()
print(double("ab"), c.inc(), c.inc())
print(mod_util._helper(), mod_util._private)
import sys
print("mod_util" in sys.modules, sys.modules["mod_util"] is mod_util)
print(sorted(n for n in dir(mod_util) if not n.startswith("__")))
