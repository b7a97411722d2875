print("hello "world"")
