class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        """Degrees C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
class Lazy:
    def __init__(self):
        self.calls = 0
    def _get(self):
        self.calls += 1
        return self.calls
    value = property(_get)
l = Lazy()
print(l.value, l.value, l.calls)
