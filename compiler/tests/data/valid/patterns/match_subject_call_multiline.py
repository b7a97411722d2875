match f(
    x,
):
    case _:
        pass
