for x in y:
    if x:
        break
    else:
        continue
    pass
