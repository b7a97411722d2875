inventory = {}
ops = [("add", "apple", 5), ("add", "pear", 2), ("add", "apple", 3), ("remove", "pear", 1), ("remove", "kiwi", 1), ("add", "kiwi", 7), ("remove", "pear", 1)]
for op, item, n in ops:
    if op == "add":
        inventory[item] = inventory.get(item, 0) + n
    else:
        if item not in inventory:
            print("cannot remove", item)
            continue
        inventory[item] -= n
        if inventory[item] == 0:
            del inventory[item]
    print(op, item, n, inventory)
inverted = {v: k for k, v in inventory.items()}
print(inverted)
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
counts = dict.fromkeys("abc", 0)
for ch in "abacabcc":
    counts[ch] += 1
print(counts, max(counts, key=counts.get), sorted(counts, key=counts.get))
print(list(zip(*counts.items())))
