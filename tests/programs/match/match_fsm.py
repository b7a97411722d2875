def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        match s[i]:
            case " ":
                i += 1
            case c if c.isdigit():
                j = i
                while j < len(s) and s[j].isdigit():
                    j += 1
                tokens.append(("NUM", int(s[i:j])))
                i = j
            case "+" | "-" | "*" | "/" | "(" | ")" as op:
                tokens.append(("OP", op))
                i += 1
            case c:
                raise SyntaxError(f"bad char {c!r}")
    return tokens
def parse(tokens):
    def expr(i):
        v, i = term(i)
        while i < len(tokens):
            match tokens[i]:
                case ("OP", "+"):
                    r, i = term(i + 1); v += r
                case ("OP", "-"):
                    r, i = term(i + 1); v -= r
                case _:
                    break
        return v, i
    def term(i):
        v, i = atom(i)
        while i < len(tokens):
            match tokens[i]:
                case ("OP", "*"):
                    r, i = atom(i + 1); v *= r
                case ("OP", "/"):
                    r, i = atom(i + 1); v //= r
                case _:
                    break
        return v, i
    def atom(i):
        match tokens[i]:
            case ("NUM", n):
                return n, i + 1
            case ("OP", "("):
                v, i = expr(i + 1)
                return v, i + 1
            case ("OP", "-"):
                v, i = atom(i + 1)
                return -v, i
    return expr(0)[0]
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -3", "2 * (3 + 4) * 5"]:
    print(src, "=", parse(tokenize(src)), tokenize(src)[:3])
try:
    tokenize("1 $ 2")
except SyntaxError as e:
    print("SyntaxError", e)
