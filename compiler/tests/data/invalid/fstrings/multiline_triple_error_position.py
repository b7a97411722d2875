f"""
abc
{a b}
"""
