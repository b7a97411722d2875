try:
    x = [0] * 10**12
except MemoryError as e:
    print(type(e).__name__)
try:
    s = "ab" * 10**15
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print(issubclass(MemoryError, Exception))
print("still running", len([0] * 1000))
