match x:
    case 1:
        match y:
            case 2:
                pass
