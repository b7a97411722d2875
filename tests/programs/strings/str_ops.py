print("ab" + "cd", "ab" * 3, 3 * "-", "x" * 0, "x" * -1)
print("abc" < "abd", "abc" < "ab", "Z" < "a", "é" > "z", "" < "a")
print("abc" == "abc", "a" in "abc")
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
s = ""
for i in range(5):
    s += str(i)
print(s)
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"), str("x"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\\"), repr("\x00\x7f\x80\xff"), repr("é日\U0001F600"))
print(ascii("é日"), ascii("abc"))
print(ord("A"), chr(65), ord("€"), chr(8364), chr(0x1F600) == "\U0001F600")
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz")), "hello".translate({ord("l"): None}))
