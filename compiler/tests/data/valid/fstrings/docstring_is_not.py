def f():
    f"""not a docstring"""
