items = ["apple", "avocado", "banana", "blueberry", "cherry", "apple", "banana", "date"]
seen = set()
unique = [x for x in items if not (x in seen or seen.add(x))]
print(unique)
print(list(dict.fromkeys(items)))
groups = {k: [w for w in unique if w[0] == k] for k in sorted({w[0] for w in unique})}
print(groups)
counts = {w: items.count(w) for w in dict.fromkeys(items)}
print(counts)
print([w for w, c in counts.items() if c > 1])
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
