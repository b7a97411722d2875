def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take" | "grab", item]:
            return f"taking {item}"
        case ["drop", *items] as whole if items:
            return f"dropping {items} ({len(whole)} words)"
        case ["quit" | "exit"] | ["bye"]:
            return "goodbye"
        case [("look" | "l")]:
            return "looking"
        case []:
            return "nothing"
        case _:
            return "unknown"
for c in ["go north", "go up", "take lamp", "grab key", "drop a b", "drop", "quit", "bye", "l", "", "dance"]:
    print(repr(c), "->", cmd(c))
match (1, 2):
    case (1, x) | (x, 1):
        print("or with capture", x)
match 5:
    case (1 | 2 | 3) as small:
        print("small", small)
    case (4 | 5 | 6) as medium:
        print("medium", medium)
