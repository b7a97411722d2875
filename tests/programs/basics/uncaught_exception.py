print("before the error")
def fail(n):
    if n == 0:
        raise ValueError("deliberately uncaught")
    return fail(n - 1)
print("still fine")
fail(3)
print("never printed")
