import sys
print("exiting with 3")
try:
    sys.exit(3)
finally:
    print("finally runs")
print("never")
