s = "Hello, World! ßtraße ǅ"
print(s.upper()); print(s.lower()); print(s.casefold()); print(s.swapcase()); print(s.title()); print(s.capitalize())
print("hello world".title(), "they're bill's".title(), "ABC".capitalize())
for t in ["abc", "ABC", "Abc", "123", "abc123", "", " ", "Title Case", "ÀÉ", "½", "٣"]:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isascii())
print("x_1".isidentifier(), "1x".isidentifier(), "class".isidentifier(), "\t".isprintable(), "a".isprintable())
