class A:
    """Doc."""
