from_collections = [[1, 2], (1, 2), range(1, 3), "12", b"12", bytearray(b"12"), memoryview(b"12"), iter([1, 2]), {1, 2}]
for obj in from_collections:
    match obj:
        case [a, b]:
            print(type(obj).__name__, "sequence", a, b)
        case _:
            print(type(obj).__name__, "not matched as sequence")
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a + b + c + d)
match (1, 2, 3, 4, 5):
    case (1, *mid, 5) if len(mid) == 3:
        print("mid", mid, type(mid).__name__)
