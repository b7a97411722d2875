words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "level", "radar", "python"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key, members in groups.items():
    print(key, members)
print([w for w in words if w == w[::-1]])
def longest_common_prefix(strs):
    if not strs:
        return ""
    p = strs[0]
    for s in strs[1:]:
        while not s.startswith(p):
            p = p[:-1]
    return p
print(repr(longest_common_prefix(["flower", "flow", "flight"])), repr(longest_common_prefix(["a", "b"])))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
