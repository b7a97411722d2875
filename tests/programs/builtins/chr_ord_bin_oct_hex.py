for c in "Aa0 ~\n":
    print(repr(c), ord(c), bin(ord(c)), oct(ord(c)), hex(ord(c)))
print([chr(i) for i in range(65, 75)], chr(0x263A), chr(955), ord("λ"), ord("\U0001F40D"))
print(bin(0), bin(-5), bin(2**20), oct(-8), hex(-1), hex(2**64), hex(0))
print(int(bin(1234), 2), int(oct(1234), 8), int(hex(1234), 16), int(hex(-99), 0))
print(format(10, "b"), format(10, "#b"), format(-10, "#x"), format(255, "#010b"))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), hex(Idx()), oct(Idx()), [0] * 3 == [0, 0, 0], "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopq"[Idx()])
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
