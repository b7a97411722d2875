samples = ["plain", "tab\t", "nl\n", "cr\r", "bs\\", "q'", 'dq"', "both'\"", "\x07bell", "\x1b[0m", "\u200b", "\ud7ff", "\ufeff", "é", "\xa0", "\x85", "\U0001F600", "\U000e0001"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr("a" * 3 + "'" * 2))
print(str(["a'b", 'c"d']))
