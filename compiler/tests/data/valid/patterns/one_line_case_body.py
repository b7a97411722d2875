match x:
    case 1: pass
    case 2: y = 1; z = 2
