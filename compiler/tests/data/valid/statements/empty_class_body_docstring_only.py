class A:
    "doc"
