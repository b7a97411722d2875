r"\n\d"; R'\x'; rb"\n"; Rb'a'; bR"b"; BR"c"
