match x:
    case -1.5:
        pass
    case 1 - 2j:
        pass
    case -0 + 0j:
        pass
