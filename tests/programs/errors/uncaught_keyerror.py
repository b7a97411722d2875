d = {"a": 1, "b": 2}
for k in ["a", "b"]:
    print(k, d[k])
print("about to fail")
print(d["c"])
