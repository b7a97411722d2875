lambda **kw: kw
