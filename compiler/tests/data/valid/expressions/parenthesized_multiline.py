y = (
    a
    + b
)
