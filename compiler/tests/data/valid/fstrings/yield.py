def g():
    f"{yield}"
