rt"\n{x}"; Tr"{y}"
