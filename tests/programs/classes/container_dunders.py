class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        print("contains", c)
        return c in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __reversed__(self):
        return iter(self.cards[::-1])
    def __bool__(self):
        return bool(self.cards)
    def __repr__(self):
        return f"Deck({self.cards})"
d = Deck("A23456")
print(len(d), d[0], d[-1], d[1:3], "3" in d, "9" in d)
d[0] = "K"
del d[1]
print(d, list(reversed(d)), list(d), bool(d), bool(Deck([])))
print([c for c in d if c != "4"], sorted(d, reverse=True))
class GetitemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i
print(list(GetitemOnly()), 4 in GetitemOnly(), list(reversed([0, 1])))
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), "truthy" if LenOnly() else "falsy")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
class Missing(dict):
    def __missing__(self, k):
        return f"missing {k}"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
