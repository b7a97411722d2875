print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 5
    y = 7
print("{p.x},{p.y}".format(p=P()))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:.3}|{:.3f}|{:10.2e}|{:,d}".format("abcdef", 2.71828, 12345.6789, 1234567))
print("{!r} {!s} {!a}".format("x", "y", "é"))
print("{{literal}} {}".format("ok"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2))
print(format("text", "^10"), format(3, "03"), format([1, 2]), format(None))
print("%s %s" % ("a", "b"), "%5s|%-5s|" % ("a", "b"), "%.2s" % "abcdef", "%03d" % 7, "%x %X %o" % (255, 255, 8))
print("%r %a" % ("é", "é"), "%c%c" % ("A", 66), "%5.1f%%" % 99.44)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError", e)
try:
    "%d" % "a"
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError", e)
print("{0:b} {0:o} {0:x} {0:#x}".format(42))
print("{:+} {:+} {: } {: }".format(5, -5, 5, -5))
print("{k}".format_map({"k": "mapped"}))
