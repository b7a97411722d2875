match (y := f()):
    case _:
        pass
