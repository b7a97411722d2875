match x:
    case 1 if y:
        pass
    case a if b:
        pass
    case _:
        pass
