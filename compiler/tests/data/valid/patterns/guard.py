match x:
    case [a, b] if a > b:
        pass
    case _ if (y := f()):
        pass
