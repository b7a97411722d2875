import sys
print("a", "b", sep="")
print("a", "b", sep=" | ", end=" <END>\n")
print(1, 2, 3, sep="\n")
print("to stdout", file=sys.stdout)
print("flush", flush=True)
print(sep="x")
print("", "")
print(None, sep=None, end=None)
print(*"spread", sep=".")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print(n)
class S:
    def __str__(self):
        return "custom"
print(S(), [S()] == [S()])
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
