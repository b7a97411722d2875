match x:
    case 1:
        pass
    case "a" "b":
        pass
    case b"c":
        pass
    case -1:
        pass
    case 1 + 2j:
        pass
    case -1.5 - 3j:
        pass
    case None | True | False:
        pass
