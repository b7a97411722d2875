match x:
    case match:
        pass
    case type:
        pass
