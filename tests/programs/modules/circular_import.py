import mod_circular_a
import mod_circular_b
print(mod_circular_a.from_b(), mod_circular_b.from_a())
print(mod_circular_a.mod_circular_b is mod_circular_b, mod_circular_b.mod_circular_a is mod_circular_a)
import sys
print(sorted(m for m in sys.modules if m.startswith("mod_circular")))
print(mod_circular_a.A_VALUE, mod_circular_b.B_VALUE)
print(sorted(n for n in vars(mod_circular_a) if not n.startswith("__")))
print(sorted(n for n in vars(mod_circular_b) if not n.startswith("__")))
import mod_circular_b as again
print(again is mod_circular_b, again.from_a() + again.mod_circular_a.from_b())
