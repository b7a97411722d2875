f"{x! r}"
