import a as match, b as type
