lambda *args, **kw: 0
