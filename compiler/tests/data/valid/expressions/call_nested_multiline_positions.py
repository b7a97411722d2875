outer(
    inner(a,
          b),
    [c,
     d],
)
