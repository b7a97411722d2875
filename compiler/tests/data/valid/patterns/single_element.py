match x:
    case [a]:
        pass
    case (a,):
        pass
    case (a):
        pass
