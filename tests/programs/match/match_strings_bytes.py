def check(s):
    match s:
        case "":
            return "empty"
        case "yes" | "y" | "Y":
            return "affirmative"
        case str() if s.isdigit():
            return f"number {int(s)}"
        case [*chars]:
            return f"sequence of {len(chars)}"
        case str(text):
            return f"text {text!r}"
for s in ["", "y", "123", "hello", ["h", "i"], ("x",)]:
    print(repr(s), check(s))
match b"GET /":
    case b"GET /":
        print("bytes literal match")
match "abc":
    case [a, b, c]:
        print("unexpected: str as sequence")
    case _:
        print("str is not matched as a sequence")
