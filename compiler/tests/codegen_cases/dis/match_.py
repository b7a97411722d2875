def f(p):
    match p:
        case [1, x, *rest]:
            return x
        case {"k": v, **kw}:
            return v
        case Point(x=0) | Point(y=0) if p:
            return 0
        case _:
            return None
