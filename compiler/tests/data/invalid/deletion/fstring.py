del f"{x}"
