match x:
    case {True: a, None: b, False: c}:
        pass
