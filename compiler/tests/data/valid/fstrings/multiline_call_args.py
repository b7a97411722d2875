f"{f(
    a,
    b,
)}"
