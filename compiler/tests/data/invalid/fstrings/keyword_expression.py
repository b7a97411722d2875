f"{import x}"
