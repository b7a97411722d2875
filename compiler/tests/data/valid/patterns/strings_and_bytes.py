match x:
    case "a":
        pass
    case b"b":
        pass
    case """c""":
        pass
