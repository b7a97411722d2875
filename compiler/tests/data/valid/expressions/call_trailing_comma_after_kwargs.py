f(
    **kwargs,
)
