a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None)
print(1 == 1.0, 1 == True, 0 == False)
print("abc" == "abc")
print((1, 2) == (1, 2), (1, 2) == [1, 2])
print({1: 2} == {1: 2}, {1, 2} == {2, 1})
print(float("nan") == float("nan"))
nan = float("nan")
lst = [nan]
print(nan in lst, lst == lst, [nan] == [nan])
print(1 != 2, [1] != [1])
print(type(1) is int, type(True) is bool, type(True) is int)
