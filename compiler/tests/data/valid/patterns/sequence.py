match x:
    case [a, b, *rest]:
        pass
    case (a, *_):
        pass
    case []:
        pass
    case ():
        pass
    case a, b:
        pass
    case *a, b:
        pass
