words = "one two three four five six seven eight nine ten".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(max(words, key=len), min(words), [w[::-1] for w in words])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("".join(sorted(set("mississippi"))))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(" ".join(w.capitalize() for w in "the end of the string".split()))
print("abc" * 3 == "abcabcabc", "-" * 20)
print(str.upper("x"), str.join("/", ["a", "b"]))
