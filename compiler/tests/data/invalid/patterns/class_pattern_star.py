match x:
    case A(*a):
        pass
