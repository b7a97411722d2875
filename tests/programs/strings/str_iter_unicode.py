s = "aé日😀"
for c in s:
    print(c, ord(c), hex(ord(c)), len(c.encode("utf-8")), c.encode("utf-16-be").hex())
print(list(reversed(s)), s[::-1])
print("ǅ".upper(), "ǅ".lower(), "ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Σίσυφος".upper(), "ΣΊΣΥΦΟΣ".lower())
print("straße".casefold() == "STRASSE".casefold())
print("\u00e9" == "e\u0301", len("\u00e9"), len("e\u0301"))
print(chr(0x10FFFF).encode("utf-8"), ord(chr(0x10FFFF)))
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
print("Ⅻ".isnumeric(), "Ⅻ".isdigit(), "²".isdigit(), "²".isdecimal())
