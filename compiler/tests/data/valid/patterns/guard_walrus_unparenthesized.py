match x:
    case a if b := 1:
        pass
