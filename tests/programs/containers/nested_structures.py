db = {
    "users": [
        {"name": "ann", "age": 31, "tags": ["admin", "dev"]},
        {"name": "bob", "age": 25, "tags": []},
        {"name": "cid", "age": 40, "tags": ["dev"]},
    ],
    "meta": {"version": (1, 2), "count": 3},
}
for u in db["users"]:
    print(u["name"], u["age"], ",".join(u["tags"]) or "-")
print(sorted(u["name"] for u in db["users"] if "dev" in u["tags"]))
print(max(db["users"], key=lambda u: u["age"])["name"])
print(db["meta"]["version"][1], len(db["users"]))
by_tag = {}
for u in db["users"]:
    for t in u["tags"]:
        by_tag.setdefault(t, []).append(u["name"])
print(by_tag)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)])
print([[r[i] for r in matrix] for i in range(3)])
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
def walk(node, depth=0):
    name, kids = node
    print("  " * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)
print(db == eval(repr(db)))
