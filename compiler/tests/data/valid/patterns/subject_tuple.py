match a, b:
    case 1, 2:
        pass
