# f-strings, str(), repr() and format() of ints (machine-word and big, bool,
# a subclass with its own __format__/__repr__) and BUILD_STRING of mixed widths.
for n in [0, -1, 7, -9223372036854775808, 9223372036854775807, 10**20, -10**19, True, False]:
    print(f"{n}", str(n), repr(n), format(n, ""), f"x{n}y{n!r}é{n}", "%d" % n)
class I(int):
    def __format__(self, spec): return "I!"
    def __repr__(self): return "Irepr"
print(f"{I(3)}", format(I(4), ""), str(I(5)), repr(I(5)))
print(f"{'ü'}{1}{'€'}", f"{'a'}{'𝄞'}")
