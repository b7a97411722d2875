s = """line 1
line 2
    indented
"""
