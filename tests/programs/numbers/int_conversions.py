for s in ["10", "-10", "+7", "0", "  42\n", "1_0_0", "٣"]:
    print(repr(s), int(s))
for s, base in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o17", 0), ("0b11", 0), ("11", 2), ("zz", 36), ("10", 3)]:
    print(s, base, int(s, base))
for bad in ["", "x", "1.5", "0x", "1__0", "_1", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int("5", base=10.0)
except TypeError as e:
    print("TypeError", e)
print(bin(10), oct(10), hex(255), bin(-10), hex(-255), oct(0))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"), format(255, "o"))
print(int(1e3), int(-0.5), int("-0"))
print(str(10), repr(-10), ascii(5))
