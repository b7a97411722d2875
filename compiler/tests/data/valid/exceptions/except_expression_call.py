try:
    pass
except get_errors():
    pass
