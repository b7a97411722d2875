class I:
    def __index__(self):
        return 2
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[I():], l[:I()], l[True:], l[None:None], l[5:2], l[10**30:], l[-10**30:2])
for bad in ["a", 1.5, []]:
    try:
        print(l[bad:])
    except TypeError as e:
        print("TypeError", e)
    try:
        l[:bad] = [1]
    except TypeError as e:
        print("TypeError", e)
m = l[:]
m[2:5] = "xyz"
print(m)
m[2:5] = []
print(m)
m[:0] = (1, 2)
print(m)
m[-1:] = iter([7, 8])
print(m)
try:
    m[1:2] = 5
except TypeError as e:
    print("TypeError", e)
class L(list):
    def __getitem__(self, k):
        return ("sub", k)
    def __setitem__(self, k, v):
        print("set", k, v)
s = L([1, 2, 3])
print(s[1:2])
s[0:1] = [9]
t = (1, 2, 3, 4)
print(t[1:3], "abcdef"[2:4])
