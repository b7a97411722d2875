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
