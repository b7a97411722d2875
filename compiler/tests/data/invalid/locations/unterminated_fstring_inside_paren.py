x = (f"abc
)
