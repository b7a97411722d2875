class Ω:
    pass
