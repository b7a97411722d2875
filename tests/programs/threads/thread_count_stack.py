import _thread
from mod_join import spawn, join_all
print(_thread._count() >= 0 if hasattr(_thread, "_count") else True)
print(_thread.stack_size())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
out = []
join_all([spawn(lambda: out.append(deep(500)))])
print(out)
print(issubclass(_thread.error, Exception) if hasattr(_thread, "error") else True, _thread.error is RuntimeError)
