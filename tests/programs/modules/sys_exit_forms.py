import sys
for arg in [None, 0, 5, "message", (1, 2)]:
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code)
try:
    exit_code = 7
    sys.exit(exit_code)
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
print("exiting with 4")
sys.exit(4)
