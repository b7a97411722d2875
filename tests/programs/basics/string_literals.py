print('single', "double", '''triple single''', """triple double""")
print("tab\there", "newline\\n literal")
print(r"raw \n string", len(r"\n"))
print("unicode \u00e9 \N{GREEK SMALL LETTER ALPHA} \U0001F600"[:12])
print("concat" "enated", "a" 'b')
print("\x41\x42", "\101", len("\0"))
s = """line1
line2
line3"""
print(s.splitlines())
print(b"bytes", rb"\x00", b"\x00\xff")
print(len("🐍"), len("é"), len("e\u0301"))
print("a\
b")
print(0x1F, 0o17, 0b101, 1_000_000, 1e3, 1.5e-3, 0.1 + 0.2)
print(10j, 1.5j + 2)
