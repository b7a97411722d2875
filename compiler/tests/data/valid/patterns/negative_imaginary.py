match x:
    case -0j:
        pass
