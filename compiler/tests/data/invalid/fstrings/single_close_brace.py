f"a } b"
