class HTTPError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
class NotFoundError(HTTPError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path
errors = [HTTPError(500, "Server Error"), NotFoundError("/x")]
for err in errors:
    try:
        raise err
    except HTTPError as e:
        print(type(e).__name__, str(e), repr(e), e.args, getattr(e, "path", None))
def handler(code):
    try:
        if code == 404:
            raise NotFoundError("/missing")
        raise HTTPError(code, "Other")
    except NotFoundError as e:
        return "not found: " + e.path
    except HTTPError as e:
        return "http error: " + str(e)
print(handler(404), handler(418))
