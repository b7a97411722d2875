match x:
    case {-0.0: a, 0: b, "x": c, b"x": d}:
        pass
