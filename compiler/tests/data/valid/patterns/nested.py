match x:
    case {"k": [Point(x=1), (a, {"z": _})]}:
        pass
