match x:
    case [a, *_, b] | [b, a]:
        pass
