class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(LookupError):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class NoInit(Exception):
    pass
try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, e, e.field, e.args, repr(e))
try:
    raise NotFound("item 5")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, Exception), [c.__name__ for c in type(e).__mro__])
print(str(WithStr("ignored")), repr(WithStr("arg")))
for args in [(), ("one",), ("a", 2), (None,)]:
    e = NoInit(*args)
    print(repr(e), repr(str(e)), e.args)
class Attrs(Exception):
    def __init__(self, code):
        self.code = code
e = Attrs(404)
print(e.code, e.args, repr(e), str(e))
try:
    raise Attrs
except Attrs as e:
    print("raised class", type(e).__name__)
except TypeError as te:
    print("TypeError", te)
