for obj in [5, 1.5, None, object(), len]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, str(e).replace(" at 0x", "@"))
for obj in [5, None]:
    try:
        a, b = obj
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = 1 in 5
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
