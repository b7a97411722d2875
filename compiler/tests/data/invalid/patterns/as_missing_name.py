match x:
    case y as:
        pass
