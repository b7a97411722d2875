class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self
    def __exit__(self, *exc):
        Resource.opened.remove(self.name)
        print("close", self.name, exc[0].__name__ if exc[0] else "ok")
        return False
def work(fail):
    with Resource("db") as db, Resource("file") as f:
        print("working with", db.name, f.name, Resource.opened)
        if fail:
            raise RuntimeError("boom")
    return "finished"
print(work(False))
try:
    work(True)
except RuntimeError as e:
    print("caught", e, Resource.opened)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError, IndexError):
    {}["x"]
print("suppressed KeyError")
try:
    with Suppress(KeyError):
        [][1]
except IndexError:
    print("IndexError passed through")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print(repr(e), repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterFails():
        print("not run")
except OSError as e:
    print("OSError", e)
