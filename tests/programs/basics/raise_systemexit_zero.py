print("raising SystemExit(0)")
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(0)
print("never")
