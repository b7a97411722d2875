class Money:
    def __init__(self, amount, cur):
        self.amount, self.cur = amount, cur
    def __repr__(self):
        return f"Money({self.amount!r}, {self.cur!r})"
    def __str__(self):
        return f"{self.amount:.2f} {self.cur}"
    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:.0f}{self.cur[0]}"
        return format(str(self), spec)
m = Money(12.5, "EUR")
print(m, repr(m), str(m), [m], f"{m}", f"{m!r}", f"{m:short}", f"{m:>15}|", format(m, "<14") + "|")
print("%s / %r" % (m, m), "{} {!r} {:short}".format(m, m, m))
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), [str(OnlyStr())])
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
class NoFormat:
    def __str__(self):
        return "nf"
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
print(format(NoFormat(), ""), format(NoFormat()))
print(repr(int), repr(Money).replace("__main__", "M"), str(type(m)))
