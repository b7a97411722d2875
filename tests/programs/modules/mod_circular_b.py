import mod_circular_a
B_VALUE = "b"


def from_a():
    return mod_circular_a.A_VALUE
