rf"\n{x}\d"; Rf"{y}"; fR"z"
