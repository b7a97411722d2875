while x:
    for y in z:
        pass
    else:
        break
