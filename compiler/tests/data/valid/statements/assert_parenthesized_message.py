assert (
    x
), "m"
