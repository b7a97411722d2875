F"{x}"; T"{y}"; U"z"; RB"w"; Br"v"; fR"{u}"; TR"{s}"
