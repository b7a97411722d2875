l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); print(l)
l.extend([3, 5]); print(l)
l.insert(0, 100); l.insert(-1, 200); l.insert(1000, 300); print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1); print(l)
print(l.index(5), l.index(5, 5), l.count(5), l.count(42))
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: (x % 3, x)); print(l)
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, len(l))
try:
    l.remove(42)
except ValueError as e:
    print("ValueError", e)
try:
    l.index(42)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
words = ["banana", "Apple", "cherry"]
words.sort(key=str.lower); print(words)
