match x:
    case (1 | 2 | 3) as n:
        pass
    case [a, b] | [a, b, _] as p:
        pass
