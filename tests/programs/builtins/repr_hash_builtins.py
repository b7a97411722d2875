print(repr(1), repr(1.0), repr("s"), repr(b"b"), repr(None), repr([1, "a"]), repr((1,)), repr({1: "x"}), repr(range(3)))
print(repr(print), repr(int), repr(type), repr(object), repr(len))
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(2**61 - 2), hash(2**61 - 1), hash(2**62), hash(-2**63))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((None,)) == hash((None,)), hash(1.0), hash(1.5), hash(0.1))
print(hash(frozenset()), hash(1 + 0j), hash(2j))
print(hash(None) == hash(None), hash(len) == hash(len))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
print(ascii("ü"), ascii([1, "é"]), repr("é"))
