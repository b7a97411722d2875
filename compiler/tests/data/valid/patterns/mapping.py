match x:
    case {"a": 1, "b": y, **rest}:
        pass
    case {}:
        pass
    case {Color.RED: _, 1: z}:
        pass
