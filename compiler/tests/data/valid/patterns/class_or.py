match x:
    case str() | bytes():
        pass
