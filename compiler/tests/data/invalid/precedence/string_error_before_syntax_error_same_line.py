x = "\N{BAD}" +
