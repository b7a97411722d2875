match x:
    case P(x=1, y=2,):
        pass
