f"""
line {a}
{b
 + c}
"""
