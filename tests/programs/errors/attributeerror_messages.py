class Foo:
    def __init__(self):
        self.present = 1
cases = [
    lambda: (1).x, lambda: "s".nope, lambda: [].push, lambda: None.attr, lambda: Foo().missing,
    lambda: Foo.missing, lambda: int.nope, lambda: (1.5).foo, lambda: {}.iteritems, lambda: object().x,
    lambda: setattr(object(), "x", 1), lambda: delattr(Foo(), "nope"), lambda: setattr(1, "real", 2),
    lambda: Foo().presnt, lambda: len.x,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__, e)
