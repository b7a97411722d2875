table = str.maketrans({"a": "1", "b": None, "c": "xyz"})
print(sorted(table.items()))
print("abcabc".translate(table))
t2 = str.maketrans("ae", "AE", "z")
print("amazement zone".translate(t2))
rot13 = str.maketrans("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "nopqrstuvwxyzabcdefghijklmNOPQRSTUVWXYZABCDEFGHIJKLM")
msg = "Hello, World"
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError", e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
