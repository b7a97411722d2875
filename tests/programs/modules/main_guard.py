import mod_util
def main():
    print("main running, __name__ =", __name__)
    return 0
print("top level, mod_util.__name__ =", mod_util.__name__)
if __name__ == "__main__":
    main()
print(__file__.endswith("main_guard.py"), __doc__, __package__ is None or __package__ == "")
"""not a docstring (not first statement)"""
