class A:
    @staticmethod
    def f():
        pass
