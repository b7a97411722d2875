names = ["bob", "Alice", "alice", "Bob", "émile", "Zed", "_x", "10", "9", "a b"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=lambda s: (s.lower(), s)))
print(sorted(names, key=len, reverse=True))
print(max(names), min(names))
print("a" < "aa" < "b", "B" < "a", "abc".__lt__("abd"), "x".__eq__(1))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
