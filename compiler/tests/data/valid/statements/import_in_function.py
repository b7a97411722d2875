def f():
    import os
    from . import x
