import sys
try:
    line = input()
    print("read", repr(line))
except EOFError as e:
    print("EOFError", repr(e))
try:
    input("prompt> ")
except EOFError:
    print()
    print("EOFError again")
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print(type(EOFError()).__mro__[1].__name__)
