{'a': lambda: 1, 'b': lambda x: x}
