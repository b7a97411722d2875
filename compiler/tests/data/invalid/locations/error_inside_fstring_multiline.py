f"""x
{a
b}"""
