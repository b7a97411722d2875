s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"), s.index("fox"), s.rindex("o"))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("do", 0, -1), s.startswith("quick", 4))
print("fox" in s, "cat" not in s, "" in s)
try:
    s.index("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError", e)
print(s.partition(" "), s.rpartition(" "), s.partition("zzz"))
print(s.replace("the", "THE"), s.replace("o", "0", 2), "aaa".replace("", "-"))
print("abcabc".removeprefix("ab"), "abcabc".removesuffix("bc"), "abc".removeprefix("x"))
print(s.find("o", 20, 30), s[20:30])
