class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Codes:
    OK = 200
    NOT_FOUND = 404
def name(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown"
for c in ["red", "green", "blue", "purple"]:
    print(c, name(c))
def status(code):
    match code:
        case Codes.OK:
            return "ok"
        case Codes.NOT_FOUND:
            return "missing"
        case int() if 500 <= code < 600:
            return "server error"
    return "unhandled"
for code in [200, 404, 503, 302]:
    print(code, status(code))
