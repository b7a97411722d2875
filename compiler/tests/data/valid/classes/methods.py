class A:
    def __init__(self):
        self.x = 1

    @property
    def x(self):
        return self._x
