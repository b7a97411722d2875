class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._protected = "p"
    def deposit(self, n):
        self.__balance += n
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account(10)
print(a.deposit(5), a.reveal(), a._protected)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError", e)
print(a._Account__balance, sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(0)
        self.__balance = "sub's own"
s = Sub()
print(sorted(vars(s)), s.deposit(1))
class Outer:
    __hidden = "outer hidden"
    def get(self):
        return self.__hidden
    class Inner:
        def peek(self):
            return Outer._Outer__hidden
print(Outer().get(), Outer.Inner().peek())
print(sorted(n for n in vars(Outer) if "hidden" in n))
class Dunder:
    def __init__(self):
        self.__both__ = "not mangled"
        self.__x = "mangled"
print(sorted(vars(Dunder())))
print(getattr(Dunder(), "_Dunder__x"), hasattr(Dunder(), "__x"))
