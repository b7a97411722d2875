def f():
    global é
    é: int = 1
