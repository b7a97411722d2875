class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in [K1, K2, K3, Z]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print("TypeError", e)
class P1(X, Y): pass
class P2(Y, X): pass
try:
    class Q(P1, P2): pass
except TypeError as e:
    print("TypeError", e)
class Base:
    def who(self):
        return ["Base"]
class L(Base):
    def who(self):
        return ["L"] + super().who()
class R(Base):
    def who(self):
        return ["R"] + super().who()
class Diamond(L, R):
    def who(self):
        return ["Diamond"] + super().who()
print(Diamond().who(), [c.__name__ for c in Diamond.mro()])
