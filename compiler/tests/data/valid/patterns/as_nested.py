match x:
    case [(a as b), c as d]:
        pass
