f"abc\
{x}def"
