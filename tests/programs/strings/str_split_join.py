s = "  a  b   c  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "".split(","), "".split())
print("line1\nline2\r\nline3\rline4".splitlines(), "x\ny\n".splitlines(keepends=True))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(str(i) for i in range(5)), "ab".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("  pad  ".strip(), "  pad  ".lstrip(), "  pad  ".rstrip(), "xxpadxx".strip("x"), "abcpadcba".strip("abc"))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print("x".center(7, "*"), "x".ljust(4, "."), "x".rjust(4), "ab".center(5))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "12345\tx".expandtabs(4))
print("%s|%s" % ("a b".split(" ", 5), "a b c d".split(maxsplit=2)))
