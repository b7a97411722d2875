import mod_circular_a
import mod_circular_b
print(mod_circular_a.from_b(), mod_circular_b.from_a())
print(mod_circular_a.mod_circular_b is mod_circular_b, mod_circular_b.mod_circular_a is mod_circular_a)
