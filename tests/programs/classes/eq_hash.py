class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __eq__(self, o):
        return isinstance(o, Key) and (self.a, self.b) == (o.a, o.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a},{self.b})"
d = {Key(1, 2): "one-two"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
s = {Key(1, 1), Key(1, 1), Key(2, 2)}
print(len(s))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)
class Inherits(Key):
    pass
print(Inherits(1, 2) == Key(1, 2), hash(Inherits(1, 2)) == hash(Key(1, 2)))
class ConstHash:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return isinstance(o, ConstHash)
print(len({ConstHash(), ConstHash()}), hash(ConstHash()))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
