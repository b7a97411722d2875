f"{x=:{width}}"
