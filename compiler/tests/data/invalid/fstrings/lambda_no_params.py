f"{lambda: 1}"
