rf"\{x}"
