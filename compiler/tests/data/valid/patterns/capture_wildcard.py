match x:
    case y:
        pass
    case _:
        pass
