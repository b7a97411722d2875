if a:
        # odd comment
    pass
