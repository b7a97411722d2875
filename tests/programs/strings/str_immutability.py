s = "abc"
t = s
s += "d"
print(s, t, s is t)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
try:
    s.foo = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    "abc".nosuch()
except AttributeError as e:
    print("AttributeError", e)
l = list(s)
l[0] = "X"
print("".join(l), s)
print(s.upper() is not s, s.lower())
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
m = MyStr("hey")
print(m.shout(), type(m).__name__, type(m + "x").__name__, m == "hey", isinstance(m, str), len(m))
