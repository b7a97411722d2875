result = compute(
    first,
    second=2,
    *rest,
)
