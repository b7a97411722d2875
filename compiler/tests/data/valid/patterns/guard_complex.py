match x:
    case (a, b) if a and (b or c):
        pass
