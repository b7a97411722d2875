print(format(3.14159, ".2f"), format(42, "08d"), format("x", ">5"), format(1234567, ","), format(0.5, "%"))
print(format(True), format(None), format([1, 2]), format(1e100), format(-0.0))
print(callable(len), callable(lambda: 0), callable(int), callable(5), callable("s"), callable(print), callable(type))
class WithCall:
    def __call__(self):
        pass
class Without:
    pass
print(callable(WithCall()), callable(Without()), callable(Without), callable(WithCall.__call__))
print(callable([].append), callable(str.upper), callable(None))
