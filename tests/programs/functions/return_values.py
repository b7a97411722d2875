def none_implicit():
    pass
def none_explicit():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x < 0:
        return "negative"
    for i in range(x):
        if i == 3:
            return f"found 3 of {x}"
    return "small"
print(none_implicit(), none_explicit(), multi())
a, b, c = multi()
print(a, b, c)
print([early(v) for v in [-1, 2, 10]])
def finally_return():
    try:
        return "try"
    finally:
        print("finally ran")
print(finally_return())
def returns_function():
    def inner():
        return "inner"
    return inner
print(returns_function()())
