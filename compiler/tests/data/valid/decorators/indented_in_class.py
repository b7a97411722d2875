class A:
    @classmethod
    @other
    def f(cls):
        pass
