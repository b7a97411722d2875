match x:
    case [*_]:
        pass
    case [1, *_, 2]:
        pass
