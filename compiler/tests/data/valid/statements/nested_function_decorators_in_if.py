if x:
    @d
    def f():
        pass
