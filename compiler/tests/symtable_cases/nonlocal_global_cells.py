x = 0
def outer():
    a = 1
    b = 2
    class Inner:
        a = 10
        global x
        def method(self):
            nonlocal b
            b = a + x
            return __class__
        def uses_super(self):
            return super().method()
    def inner():
        nonlocal a
        a += 1
        def deeper():
            return a, b
        return deeper
    return Inner, inner
