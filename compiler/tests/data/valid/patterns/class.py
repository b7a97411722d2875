match x:
    case Point(x=0, y=0):
        pass
    case Point(a, b, c=d):
        pass
    case Point():
        pass
    case a.B(1,):
        pass
