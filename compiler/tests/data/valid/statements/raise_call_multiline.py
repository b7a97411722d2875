raise ValueError(
    "message"
) from exc
