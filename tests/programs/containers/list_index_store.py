# List items read and stored by int index: negative indexes count from
# the end; out of range raises.

L = [10, 20, 30]
print(L[0], L[-1], L[-3], L[2])
L[-1] = 31
L[0] = 11
print(L)
for bad in (3, -4, 10**20, -(10**20)):
    try:
        L[bad]
    except IndexError as e:
        print("get", type(bad).__name__, "IndexError:", e)
    try:
        L[bad] = 0
    except IndexError as e:
        print("set", type(bad).__name__, "IndexError:", e)


try:
    L[5] = object()
except IndexError as e:
    print("IndexError:", e)
L[-2] = [L]
print(len(L), L[1][0] is L)


class MyInt(int):
    pass


print(L[MyInt(-1)], L[True])
L[MyInt(1)] = "sub"
print(L)
